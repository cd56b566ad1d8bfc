// The matrix the model sees, for the jobs around a run (k-sweep, k-distance plot, validation, tree): the
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

/** The model matrix of the run that just finished, handed back by its worker: read once per run, not per job. */
let kept: { runId: number; model: ModelFeatures } | null = null;

export async function readModelFeatures(): Promise<ModelFeatures> {
  const { matrix, rowIds, totalRows } = await readRecipeFeatures();
  return { matrix, rowIds, totalRows };
}

/** Keeps the matrix run `runId` clustered, for its validation and tree (jobs copy it before moving it to a worker). */
export function keepRunModelFeatures(runId: number, model: ModelFeatures): void {
  kept = { runId, model };
}

/** A run made from another's rows (a cut of its tree) clusters the same matrix. */
export function shareRunModelFeatures(fromRunId: number, toRunId: number): void {
  if (kept && kept.runId === fromRunId) kept = { runId: toRunId, model: kept.model };
}

/** The matrix run `runId` clustered: the one its worker handed back, or read again (a run restored or shown again). */
export function modelFeaturesOfRun(runId: number): Promise<ModelFeatures> {
  return kept && kept.runId === runId ? Promise.resolve(kept.model) : readModelFeatures();
}

/** A run's labels (one per dataset row) for the modelled rows only, or null when the run has another row count. */
export function labelsOfModelledRows(labels: Int32Array, model: ModelFeatures): Int32Array | null {
  if (labels.length !== model.totalRows) return null;
  const { rowIds } = model;
  const out = new Int32Array(rowIds.length);
  // A plain loop: Int32Array.from with a mapping callback costs tens of ms at a million rows.
  for (let i = 0; i < rowIds.length; i++) out[i] = labels[rowIds[i]];
  return out;
}
