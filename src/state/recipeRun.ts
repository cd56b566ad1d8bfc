// A run's features from the recipe, and its per-row results spread back over every dataset row:
// the worker sees only the modelled rows; views and exports see all of them, left-out rows unassigned.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { useRecipeStore } from './recipeStore';
import { labelsForAllRows, readRecipeFeatures, valuesForAllRows } from './recipeFeatures';
import { extractFeatures } from '../db/extractFeatures';
import type { RecipeMatrix } from '../db/recipeMatrix';
import type { Matrix } from '../analysis/matrix';
import type { SegmentJobResult } from '../workers/segmentJob';

export interface RunFeatures {
  /** What the model clusters: the recipe's matrix of modelled rows. */
  prepared: RecipeMatrix;
  /** Numeric feature columns in their own units, every row, NaN for missing: for the views' means and profiles. */
  viewColumns: string[];
  viewMatrix: Matrix;
}

export async function readRunFeatures(): Promise<RunFeatures> {
  const prepared = await readRecipeFeatures();
  const numeric = new Set(useDatasetStore.getState().profiles.filter((p) => p.kind === 'numeric').map((p) => p.name));
  const viewColumns = (useRecipeStore.getState().recipe?.columns ?? [])
    .filter((c) => c.role === 'feature' && c.kind === 'numeric' && numeric.has(c.column)).map((c) => c.column);
  return { prepared, viewColumns, viewMatrix: await extractFeatures(await getDatabase(), viewColumns) };
}

/**
 * A run's per-row results spread over every dataset row: rows the recipe left out get label -1 and
 * their reason, and sit at the centre of the map (they have no position of their own).
 */
export function spreadOverAllRows(result: SegmentJobResult, run: RunFeatures): SegmentJobResult {
  const { prepared, viewMatrix } = run;
  const leftOut = prepared.exclusions.rowIds.length;
  if (leftOut === 0) return { ...result, features: viewMatrix.data, leftOut: null };
  const centre = [0, 0];
  for (let i = 0; i < prepared.matrix.rows; i++) {
    centre[0] += result.embedding[2 * i] / prepared.matrix.rows;
    centre[1] += result.embedding[2 * i + 1] / prepared.matrix.rows;
  }
  return {
    ...result,
    labels: labelsForAllRows(result.labels, prepared),
    sub: result.sub ? labelsForAllRows(result.sub, prepared) : null,
    micro: result.micro ? labelsForAllRows(result.micro, prepared) : null,
    probability: result.probability ? valuesForAllRows(result.probability, 1, prepared, [Number.NaN]) : null,
    embedding: valuesForAllRows(result.embedding, 2, prepared, centre),
    features: viewMatrix.data,
    noiseCount: result.noiseCount + leftOut,
    leftOut: prepared.exclusions,
  };
}
