// The recipe proposed for a freshly loaded file: the profiled kinds, proposed numeric columns as
// features (median imputation, z-score, weight 1), everything else shown only or ignored.
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Recipe, type RecipeKind } from './recipe';

export interface ColumnFacts {
  name: string;
  kind: RecipeKind;
  /** The profile's proposal: a useful numeric feature, not an identifier nor personal data. */
  proposed: boolean;
}

export const DEFAULT_TOP_LEVELS = 5;

export function defaultColumnRecipe(column: string, kind: RecipeKind, feature: boolean): ColumnRecipe {
  return {
    column,
    role: feature ? 'feature' : kind === 'identifier' ? 'identifier' : 'shown',
    kind,
    imputation: { strategy: kind === 'categorical' ? 'most_frequent' : 'median', indicator: false },
    outliers: { method: 'none' },
    transform: 'none',
    scaling: kind === 'categorical' ? 'none' : 'zscore',
    encoding: { method: 'one_hot', topN: DEFAULT_TOP_LEVELS },
    weight: 1,
  };
}

export function defaultRecipe(columns: ColumnFacts[]): Recipe {
  return {
    format: RECIPE_FORMAT,
    version: RECIPE_VERSION,
    columns: columns.map((c) => defaultColumnRecipe(c.name, c.kind, c.proposed)),
  };
}
