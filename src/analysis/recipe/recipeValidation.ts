// Reads a recipe from JSON text and checks every field, so that a hand-edited or foreign file fails
// with the exact place and a way out instead of a wrong feature matrix; also checks step combinations.
import {
  RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Encoding, type FittedColumn, type Imputation,
  type OutlierStep, type Recipe,
} from './recipe';

export class RecipeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecipeError';
  }
}

const ROLES = ['feature', 'identifier', 'shown', 'ignored'] as const;
const KINDS = ['numeric', 'categorical', 'date', 'identifier', 'text'] as const;
const STRATEGIES = ['mean', 'median', 'most_frequent', 'constant', 'leave_out'] as const;
const TRANSFORMS = ['none', 'log1p', 'sqrt', 'yeo_johnson'] as const;
const SCALINGS = ['none', 'zscore', 'minmax', 'robust'] as const;

type Json = Record<string, unknown>;

/** Parses recipe JSON; errors name the file, the line and column (bad JSON) or the field (bad value). */
export function parseRecipe(text: string, fileName: string): Recipe {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorPlace(text, error instanceof Error ? error.message : String(error));
    throw new RecipeError(`${fileName} is not valid JSON${where}. Load a recipe saved with "Save recipe".`);
  }
  try {
    return checkRecipe(value);
  } catch (error) {
    if (error instanceof RecipeError) throw new RecipeError(`${fileName}: ${error.message}`);
    throw error;
  }
}

export function checkRecipe(value: unknown): Recipe {
  const root = object(value, 'the file');
  if (root.format !== RECIPE_FORMAT) throw new RecipeError(`this is not an Audience Lab recipe (no "format": "${RECIPE_FORMAT}"). Load a recipe saved with "Save recipe".`);
  if (root.version !== RECIPE_VERSION) throw new RecipeError(`recipe version ${String(root.version)} is not supported (this app reads version ${RECIPE_VERSION}).`);
  if (!Array.isArray(root.columns)) throw new RecipeError('"columns" must be a list.');
  const columns = root.columns.map((c, i) => checkColumn(c, `columns[${i}]`));
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.column)) throw new RecipeError(`column "${c.column}" appears twice; keep one entry per column.`);
    seen.add(c.column);
  }
  const recipe: Recipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns };
  if (typeof root.fittedOn === 'string') recipe.fittedOn = root.fittedOn;
  const problems = recipeProblems(recipe);
  if (problems.length > 0) throw new RecipeError(problems.join(' '));
  return recipe;
}

/** Step combinations that cannot be built, in words with the fix. Empty when the recipe is sound. */
export function recipeProblems(recipe: Recipe): string[] {
  const problems: string[] = [];
  for (const c of recipe.columns) {
    if (c.role !== 'feature') continue;
    const name = `"${c.column}"`;
    if (c.kind === 'identifier' || c.kind === 'text') {
      problems.push(`${name} is ${c.kind === 'text' ? 'free text' : 'an identifier'} and cannot be a feature: change its role or its kind.`);
    }
    if (c.kind === 'categorical' && (c.imputation.strategy === 'mean' || c.imputation.strategy === 'median')) {
      problems.push(`${name} is categorical: impute it with the most frequent level, a constant, or leave rows out.`);
    }
    if (c.outliers.method === 'winsorise' && !(c.outliers.lowerPercentile >= 0 && c.outliers.lowerPercentile < c.outliers.upperPercentile && c.outliers.upperPercentile <= 100)) {
      problems.push(`${name}: winsorising needs 0 ≤ lower percentile < upper percentile ≤ 100.`);
    }
    if (c.outliers.method === 'clip' && !(c.outliers.lower < c.outliers.upper)) {
      problems.push(`${name}: clipping needs a lower bound below the upper bound.`);
    }
    if (c.encoding.method === 'one_hot' && !(Number.isInteger(c.encoding.topN) && c.encoding.topN >= 1)) {
      problems.push(`${name}: one-hot encoding keeps at least 1 level.`);
    }
    if (!Number.isFinite(c.weight) || c.weight < 0) problems.push(`${name}: the weight must be a number ≥ 0.`);
  }
  return problems;
}

/** Columns the recipe uses (any role but ignored) that the file lacks. */
export function missingRecipeColumns(recipe: Recipe, fileColumns: string[]): string[] {
  const present = new Set(fileColumns);
  return recipe.columns.filter((c) => c.role !== 'ignored' && !present.has(c.column)).map((c) => c.column);
}

function checkColumn(value: unknown, at: string): ColumnRecipe {
  const c = object(value, at);
  const column: ColumnRecipe = {
    column: text(c.column, `${at}.column`),
    role: oneOf(c.role, ROLES, `${at}.role`),
    kind: oneOf(c.kind, KINDS, `${at}.kind`),
    imputation: checkImputation(c.imputation, `${at}.imputation`),
    outliers: checkOutliers(c.outliers, `${at}.outliers`),
    transform: oneOf(c.transform, TRANSFORMS, `${at}.transform`),
    scaling: oneOf(c.scaling, SCALINGS, `${at}.scaling`),
    encoding: checkEncoding(c.encoding, `${at}.encoding`),
    weight: num(c.weight, `${at}.weight`),
  };
  if (c.fitted !== undefined) column.fitted = checkFitted(c.fitted, `${at}.fitted`);
  return column;
}

function checkImputation(value: unknown, at: string): Imputation {
  const o = object(value, at);
  const imputation: Imputation = { strategy: oneOf(o.strategy, STRATEGIES, `${at}.strategy`), indicator: o.indicator === true };
  if (typeof o.constant === 'number' || typeof o.constant === 'string') imputation.constant = o.constant;
  else if (imputation.strategy === 'constant') throw new RecipeError(`${at}.constant must be a number or a text for the "constant" strategy.`);
  return imputation;
}

function checkOutliers(value: unknown, at: string): OutlierStep {
  const o = object(value, at);
  if (o.method === 'none') return { method: 'none' };
  if (o.method === 'winsorise') return { method: 'winsorise', lowerPercentile: num(o.lowerPercentile, `${at}.lowerPercentile`), upperPercentile: num(o.upperPercentile, `${at}.upperPercentile`) };
  if (o.method === 'clip') return { method: 'clip', lower: num(o.lower, `${at}.lower`), upper: num(o.upper, `${at}.upper`) };
  throw new RecipeError(`${at}.method must be "none", "winsorise" or "clip".`);
}

function checkEncoding(value: unknown, at: string): Encoding {
  const o = object(value, at);
  if (o.method === 'one_hot') return { method: 'one_hot', topN: num(o.topN, `${at}.topN`) };
  if (o.method === 'frequency') return { method: 'frequency' };
  if (o.method === 'ordinal') return { method: 'ordinal', order: texts(o.order, `${at}.order`) };
  throw new RecipeError(`${at}.method must be "one_hot", "ordinal" or "frequency".`);
}

function checkFitted(value: unknown, at: string): FittedColumn {
  const o = object(value, at);
  const fitted: FittedColumn = { rows: num(o.rows, `${at}.rows`) };
  if (typeof o.imputeValue === 'number' || typeof o.imputeValue === 'string') fitted.imputeValue = o.imputeValue;
  for (const key of ['lowerBound', 'upperBound', 'lambda', 'center', 'scale'] as const) {
    if (o[key] !== undefined) fitted[key] = num(o[key], `${at}.${key}`);
  }
  if (o.levels !== undefined) fitted.levels = texts(o.levels, `${at}.levels`);
  if (o.frequencies !== undefined) {
    const shares = object(o.frequencies, `${at}.frequencies`);
    fitted.frequencies = Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, num(v, `${at}.frequencies.${k}`)]));
  }
  return fitted;
}

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecipeError(`${at} must be an object.`);
  return value as Json;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw new RecipeError(`${at} must be a non-empty text.`);
  return value;
}

function texts(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new RecipeError(`${at} must be a list of texts.`);
  return value as string[];
}

function num(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RecipeError(`${at} must be a number.`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RecipeError(`${at} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
  return value as T;
}

/** " (line L, column C)" from a JSON.parse message that gives a character position. */
function jsonErrorPlace(source: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = source.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}
