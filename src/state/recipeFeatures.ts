// The feature matrix a run clusters, built by the recipe: fitted on the loaded file where constants are
// missing (and kept in the recipe), applied in SQL; plus spreading per-row results back over every row.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { setRecipe, useRecipeStore } from './recipeStore';
import { fitRecipe } from '../db/recipeFit';
import { applyRecipe, type RecipeMatrix } from '../db/recipeMatrix';
import { previewColumn, type ColumnPreview } from '../db/recipePreview';
import type { ColumnRecipe } from '../analysis/recipe/recipe';
import { RecipeError } from '../analysis/recipe/recipeValidation';

export async function readRecipeFeatures(): Promise<RecipeMatrix> {
  const recipe = useRecipeStore.getState().recipe;
  const info = useDatasetStore.getState().info;
  if (!recipe || !info) throw new RecipeError('Load a file and choose features in Prepare first.');
  const db = await getDatabase();
  const fitted = await fitRecipe(db, recipe, { fileName: info.fileName });
  // The constants go into the recipe the analyst saves, unless they edited it meanwhile.
  if (fitted !== recipe && useRecipeStore.getState().recipe === recipe) setRecipe(fitted);
  const prepared = await applyRecipe(db, fitted);
  if (prepared.matrix.rows === 0) {
    throw new RecipeError(`Every row is left out of the model (first reason: ${prepared.exclusions.reasons[0] ?? 'none'}). Change the "leave out" steps in Prepare.`);
  }
  return prepared;
}

/** Labels of every dataset row: the modelled rows' labels in place, -1 (unassigned) for rows left out. */
export function labelsForAllRows(labels: Int32Array, prepared: RecipeMatrix): Int32Array {
  const all = new Int32Array(prepared.totalRows).fill(-1);
  prepared.rowIds.forEach((rowId, i) => { all[rowId] = labels[i]; });
  return all;
}

/**
 * Per-row values (width numbers per row) for every dataset row. Rows left out have no position of
 * their own; they get `fill` (the caller chooses: NaN, or the centre of the others for a map).
 */
export function valuesForAllRows(values: Float64Array, width: number, prepared: RecipeMatrix, fill: number[]): Float64Array {
  const all = new Float64Array(prepared.totalRows * width);
  for (const rowId of prepared.exclusions.rowIds) all.set(fill, rowId * width);
  prepared.rowIds.forEach((rowId, i) => all.set(values.subarray(i * width, (i + 1) * width), rowId * width));
  return all;
}

export async function fetchColumnPreview(step: ColumnRecipe): Promise<ColumnPreview> {
  return previewColumn(await getDatabase(), step);
}
