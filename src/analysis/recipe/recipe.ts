// The recipe: per column, its role and the ordered steps that turn it into model features
// (impute -> outliers -> transform -> scale -> weight, or impute -> encode -> weight), stored as JSON.
// Pure data: fitted constants live in `fitted`, so the same recipe re-applies to next month's file.

export const RECIPE_FORMAT = 'audience-lab-recipe';
export const RECIPE_VERSION = 1;

export type ColumnRole = 'feature' | 'identifier' | 'shown' | 'ignored';
export type RecipeKind = 'numeric' | 'categorical' | 'date' | 'identifier' | 'text';
export type ImputationStrategy = 'mean' | 'median' | 'most_frequent' | 'constant' | 'leave_out';
export type TransformMethod = 'none' | 'log1p' | 'sqrt' | 'yeo_johnson';
export type ScalingMethod = 'none' | 'zscore' | 'minmax' | 'robust';

export interface Imputation {
  strategy: ImputationStrategy;
  /** The value put in place of a missing one when strategy is 'constant' (a number, or a level for categories). */
  constant?: number | string;
  /** Adds a 0/1 feature "<column> missing" so that the model still sees which values were absent. */
  indicator: boolean;
}

export type OutlierStep =
  | { method: 'none' }
  /** Clamps to the values at these percentiles (0-100) of the column, fitted once. */
  | { method: 'winsorise'; lowerPercentile: number; upperPercentile: number }
  /** Clamps to fixed bounds in the column's own units. */
  | { method: 'clip'; lower: number; upper: number };

export type Encoding =
  /** One 0/1 feature per level among the topN most frequent, plus one for every other level. */
  | { method: 'one_hot'; topN: number }
  /** Position of the level in `order` (0, 1, 2, ...), then scaled like a number. */
  | { method: 'ordinal'; order: string[] }
  /** Share of rows holding the same level. */
  | { method: 'frequency' };

/** Constants learnt from the data the recipe was fitted on; applying the recipe never changes them. */
export interface FittedColumn {
  /** Number of modelled rows the constants were fitted on. */
  rows: number;
  imputeValue?: number | string;
  lowerBound?: number;
  upperBound?: number;
  lambda?: number;
  /** (value - center) / scale, then times the weight. */
  center?: number;
  scale?: number;
  /** One-hot: the kept levels, most frequent first. Ordinal: the full order. */
  levels?: string[];
  /** Frequency encoding: level -> share of rows. */
  frequencies?: Record<string, number>;
}

export interface ColumnRecipe {
  column: string;
  role: ColumnRole;
  kind: RecipeKind;
  imputation: Imputation;
  outliers: OutlierStep;
  transform: TransformMethod;
  scaling: ScalingMethod;
  encoding: Encoding;
  weight: number;
  fitted?: FittedColumn;
}

export interface Recipe {
  format: typeof RECIPE_FORMAT;
  version: typeof RECIPE_VERSION;
  /** One entry per column of the file, in the file's order. */
  columns: ColumnRecipe[];
  /** The file the constants were fitted on, for the analyst's information. */
  fittedOn?: string;
}

/** Categories are encoded; numbers and dates go through outliers, transform and scaling. */
export function isCategorical(step: ColumnRecipe): boolean {
  return step.kind === 'categorical';
}

export function featureColumns(recipe: Recipe): ColumnRecipe[] {
  return recipe.columns.filter((c) => c.role === 'feature');
}

/** True when every feature column carries fitted constants, so the recipe can be applied as is. */
export function isFitted(recipe: Recipe): boolean {
  return featureColumns(recipe).every((c) => c.fitted !== undefined);
}
