// The recipe the analyst edits in Prepare: one entry per column (role, kind, steps, weight, fitted
// constants). `features` lists the feature-role columns, for the views and runners that only need names.
import { create } from 'zustand';
import { useDatasetStore } from './datasetStore';
import { columnFacts } from './recipeKinds';
import { defaultColumnRecipe, defaultRecipe } from '../analysis/recipe/recipeDefaults';
import type { ColumnRecipe, Recipe } from '../analysis/recipe/recipe';

interface RecipeState {
  recipe: Recipe | null;
  features: string[];
  /** The dataset version the recipe belongs to: a newly loaded file starts from the proposed recipe. */
  datasetVersion: number;
}

export const useRecipeStore = create<RecipeState>(() => ({ recipe: null, features: [], datasetVersion: -1 }));

function featureNames(recipe: Recipe | null): string[] {
  return recipe ? recipe.columns.filter((c) => c.role === 'feature').map((c) => c.column) : [];
}

/** `datasetVersion`: the reading the recipe is for; a re-read sets it before its new reading is shown. */
export function setRecipe(recipe: Recipe | null, datasetVersion = useDatasetStore.getState().version): void {
  useRecipeStore.setState({ recipe, features: featureNames(recipe), datasetVersion });
}

/** The recipe for the loaded file: the current one when it covers the same columns, else the proposed one. */
function recipeForDataset(): Recipe | null {
  const { profiles, info, version } = useDatasetStore.getState();
  const { recipe: current, datasetVersion } = useRecipeStore.getState();
  if (current && datasetVersion === version) return current;
  return profiles.length > 0 ? defaultRecipe(columnFacts(profiles, info?.rowCount ?? 0)) : null;
}

/** Makes exactly these columns features; the others go back to their non-feature role. */
export function setFeatures(features: string[]): void {
  const base = features.length === 0 && useDatasetStore.getState().profiles.length === 0 ? null : recipeForDataset();
  if (!base) {
    setRecipe(null);
    return;
  }
  const chosen = new Set(features);
  setRecipe({ ...base, columns: base.columns.map((c) => withRole(c, chosen.has(c.column))) });
}

export function toggleFeature(name: string, on: boolean, _columnOrder?: string[]): void {
  const recipe = recipeForDataset();
  if (!recipe) return;
  setRecipe({ ...recipe, columns: recipe.columns.map((c) => (c.column === name ? withRole(c, on) : c)) });
}

function withRole(step: ColumnRecipe, feature: boolean): ColumnRecipe {
  if ((step.role === 'feature') === feature) return step;
  const { fitted: _dropped, ...unfitted } = step;
  if (feature) return { ...unfitted, role: 'feature' };
  return { ...unfitted, role: defaultColumnRecipe(step.column, step.kind, false).role };
}

/**
 * Changes one column's steps. Its fitted constants are dropped (they no longer match) unless only the
 * weight changed; switching "leave out" on or off changes the modelled rows, so every column refits.
 */
export function updateColumn(column: string, patch: Partial<ColumnRecipe>): void {
  const recipe = recipeForDataset();
  if (!recipe) return;
  const before = recipe.columns.find((c) => c.column === column);
  if (!before) return;
  const after = { ...before, ...patch };
  const weightOnly = Object.keys(patch).every((k) => k === 'weight');
  const modelledRowsChange = (before.imputation.strategy === 'leave_out') !== (after.imputation.strategy === 'leave_out') && after.role === 'feature';
  setRecipe({
    ...recipe,
    columns: recipe.columns.map((c) => {
      if (c.column === column) {
        if (weightOnly) return after;
        const { fitted: _dropped, ...unfitted } = after;
        return unfitted;
      }
      if (!modelledRowsChange) return c;
      const { fitted: _dropped, ...unfitted } = c;
      return unfitted;
    }),
  });
}

/** Forgets every fitted constant, so the next run fits the recipe on the loaded file. */
export function clearFittedConstants(): void {
  const recipe = useRecipeStore.getState().recipe;
  if (!recipe) return;
  const { fittedOn: _file, ...rest } = recipe;
  setRecipe({ ...rest, columns: recipe.columns.map(({ fitted: _dropped, ...c }) => c) });
}
