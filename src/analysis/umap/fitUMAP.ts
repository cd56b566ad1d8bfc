// UMAP (McInnes et al.) with umap-learn's parameters: exact kNN graph, fuzzy simplicial set, a/b from
// min_dist and spread, SGD with negative sampling. Starts from a PCA layout (umap-learn uses spectral).

import type { Matrix } from '../matrix';
import { checkStop, throttledProgress, type FitContext } from '../fitContext';
import { createRandom } from '../random';
import { principalProjection } from '../projection/pcaInit';
import { umapNeighbors, type UMAPMetric } from './neighborGraph';
import { fuzzySimplicialSet } from './fuzzySimplicialSet';
import { findAbParams } from './findAbParams';
import { optimizeLayout } from './optimizeLayout';

export interface UMAPParams {
  n_neighbors?: number;
  n_components?: number;
  min_dist?: number;
  spread?: number;
  metric?: UMAPMetric;
  /** Default: 500 epochs up to 10 000 rows, 200 above (umap-learn's rule). */
  n_epochs?: number;
  learning_rate?: number;
  negative_sample_rate?: number;
  repulsion_strength?: number;
  /** Called every layoutEvery epochs with the live (n x n_components) layout; copy it to keep it. */
  onLayout?: (embedding: Float64Array, epoch: number) => void;
  layoutEvery?: number;
}

export interface UMAPResult {
  embedding: Matrix;
  a: number;
  b: number;
  n_epochs: number;
  /** Number of undirected graph edges (each stored in both directions). */
  graph_edges: number;
}

export function fitUMAP(X: Matrix, params: UMAPParams, ctx: FitContext): UMAPResult {
  const n = X.rows;
  const nNeighbors = params.n_neighbors ?? 15;
  const dim = params.n_components ?? 2;
  const minDist = params.min_dist ?? 0.1;
  const spread = params.spread ?? 1;
  const nEpochs = params.n_epochs ?? (n <= 10_000 ? 500 : 200);
  const layoutEvery = params.layoutEvery ?? 10;
  if (n <= nNeighbors) throw new Error(`UMAP needs more rows (${n}) than n_neighbors (${nNeighbors})`);
  if (minDist > spread) throw new Error('min_dist must be less than or equal to spread');
  const progress = throttledProgress(ctx);
  const rng = createRandom(ctx.seed);

  progress(0, 'neighbours');
  const table = umapNeighbors(X, nNeighbors, params.metric ?? 'euclidean', (done) => {
    checkStop(ctx);
    progress(0.3 * done / n, 'neighbours');
  });
  checkStop(ctx);
  progress(0.3, 'fuzzy graph');
  const graph = fuzzySimplicialSet(table);
  checkStop(ctx);
  const { a, b } = findAbParams(spread, minDist);
  const embedding = initialLayout(X, dim, rng, ctx);
  optimizeLayout(embedding, dim, graph, {
    a, b, nEpochs,
    learningRate: params.learning_rate,
    negativeSampleRate: params.negative_sample_rate,
    repulsionStrength: params.repulsion_strength,
    onEpoch: (epoch) => {
      if (epoch % layoutEvery === 0 || epoch === nEpochs) params.onLayout?.(embedding, epoch);
      progress(0.35 + 0.65 * epoch / nEpochs, 'layout');
    },
  }, rng, ctx);
  progress(1, 'done');
  return { embedding: { data: embedding, rows: n, cols: dim }, a, b, n_epochs: nEpochs, graph_edges: graph.values.length / 2 };
}

/** PCA layout scaled to max |coordinate| 10, tiny seeded noise, then each axis rescaled to [0, 10] (umap-learn). */
function initialLayout(X: Matrix, dim: number, rng: ReturnType<typeof createRandom>, ctx: FitContext): Float64Array {
  const n = X.rows;
  const Y = principalProjection(X, dim, ctx);
  let maxAbs = 0;
  for (let c = 0; c < Y.length; c++) maxAbs = Math.max(maxAbs, Math.abs(Y[c]));
  const expansion = maxAbs > 0 ? 10 / maxAbs : 1;
  for (let c = 0; c < Y.length; c++) Y[c] = Y[c] * expansion + 1e-4 * rng.normal();
  for (let c = 0; c < dim; c++) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) { const v = Y[i * dim + c]; if (v < lo) lo = v; if (v > hi) hi = v; }
    const range = hi - lo || 1;
    for (let i = 0; i < n; i++) Y[i * dim + c] = (10 * (Y[i * dim + c] - lo)) / range;
  }
  return Y;
}
