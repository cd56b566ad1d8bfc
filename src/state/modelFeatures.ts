// The matrix the model sees, for the jobs around a run (k-sweep, k-distance plot, validation): the
// recipe's matrix of modelled rows, built in SQL, so that they measure exactly what a run clusters.
import { readRecipeFeatures } from './recipeFeatures';
import type { Matrix } from '../analysis/matrix';

export interface ModelFeatures {
  /** Final features (imputed, transformed, scaled, weighted): the worker must not prepare them again. */
  matrix: Matrix;
  /** matrix row i is dataset row rowIds[i]. */
  rowIds: Int32Array;
  totalRows: number;
}

export async function readModelFeatures(): Promise<ModelFeatures> {
  const { matrix, rowIds, totalRows } = await readRecipeFeatures();
  return { matrix, rowIds, totalRows };
}

/** A run's labels (one per dataset row) for the modelled rows only, or null when the run has another row count. */
export function labelsOfModelledRows(labels: Int32Array, model: ModelFeatures): Int32Array | null {
  if (labels.length !== model.totalRows) return null;
  return Int32Array.from(model.rowIds, (rowId) => labels[rowId]);
}
