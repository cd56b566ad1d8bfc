// The worker's preparation of raw features: median imputation, then z-scores; a no-op for a matrix the
// recipe built in SQL (job.prepared). Shared by all job kinds so that every job sees the very same matrix.
import { fitMedianImputer, applyImputer } from '../analysis/impute';
import { fitStandardScaler, applyStandardScaler } from '../analysis/scale';
import type { Matrix } from '../analysis/matrix';

export interface PreparedFeatures {
  X: Matrix;
  medians: Float64Array;
  means: Float64Array;
  scales: Float64Array;
}

export function prepareFeatures(raw: Matrix, builtByRecipe = false): PreparedFeatures {
  // A recipe matrix is final (imputed, scaled and weighted in SQL): scaling again would undo its weights.
  if (builtByRecipe) {
    return { X: raw, medians: new Float64Array(raw.cols).fill(Number.NaN), means: new Float64Array(raw.cols), scales: new Float64Array(raw.cols).fill(1) };
  }
  const imputer = fitMedianImputer(raw);
  const imputed = applyImputer(raw, imputer.statistics);
  const scaler = fitStandardScaler(imputed);
  return { X: applyStandardScaler(imputed, scaler), medians: imputer.statistics, means: scaler.mean, scales: scaler.scale };
}
