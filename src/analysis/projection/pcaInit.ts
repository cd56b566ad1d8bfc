// Starting layout for t-SNE and UMAP: the data projected on its leading principal axes (fitPCA), padded
// with zero columns when there are fewer features than output dimensions.

import type { Matrix } from '../matrix';
import type { FitContext } from '../fitContext';
import { fitPCA } from '../pca';

/** Row-major n x nComponents projection of the centred data on its top principal axes. */
export function principalProjection(X: Matrix, nComponents: number, ctx: FitContext): Float64Array {
  const kept = Math.min(nComponents, X.cols, X.rows);
  // The caller reports its own progress; PCA only shares the stop check.
  const { embedding } = fitPCA(X, { n_components: kept }, { seed: ctx.seed, shouldStop: ctx.shouldStop });
  if (kept === nComponents) return embedding;
  const out = new Float64Array(X.rows * nComponents);
  for (let i = 0; i < X.rows; i++) for (let c = 0; c < kept; c++) out[i * nComponents + c] = embedding[i * kept + c];
  return out;
}
