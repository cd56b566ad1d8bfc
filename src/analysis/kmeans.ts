// k-means clustering with scikit-learn's parameters: greedy k-means++ (or random / given centres),
// n_init runs with seeds derived from ctx.seed keeping the lowest inertia, Hamerly's bounds by default.
import type { Matrix } from './matrix';
import { createRandom } from './random';
import { throttledProgress, type FitContext } from './fitContext';
import { initialStart, type KMeansInit } from './kmeansInit';
import { runKMeans, type KMeansAlgorithm } from './kmeansRun';
import { absoluteTolerance, assignExhaustive } from './kmeansSteps';

export type { KMeansInit } from './kmeansInit';
export type { KMeansAlgorithm } from './kmeansRun';

export interface KMeansParams {
  n_clusters: number;
  /** Number of runs with different initial centres; the best inertia wins. Default 4 (1 with explicit centres). */
  n_init?: number;
  max_iter?: number;
  /** Relative tolerance: scaled by the mean per-feature variance, as scikit-learn does. */
  tol?: number;
  init?: KMeansInit;
  /** 'hamerly' (default) skips most distances in late iterations; 'lloyd' computes them all. Same labels. */
  algorithm?: KMeansAlgorithm;
}

export interface KMeansResult {
  labels: Int32Array;
  /** n_clusters x features, row-major. */
  centers: Float64Array;
  inertia: number;
  n_iter: number;
  seed: number;
  n_clusters: number;
}

export function fitKMeans(X: Matrix, params: KMeansParams, ctx: FitContext): KMeansResult {
  const k = params.n_clusters;
  validateKMeansInput(X, k);
  const init = params.init ?? 'k-means++';
  // Like scikit-learn, explicit centres make every run identical, so only one is made.
  const nInit = init instanceof Float64Array ? 1 : Math.max(1, Math.floor(params.n_init ?? 4));
  const maxIter = Math.max(1, Math.floor(params.max_iter ?? 300));
  const tolAbs = absoluteTolerance(X, params.tol ?? 1e-4);
  const algorithm = params.algorithm ?? 'hamerly';
  const progress = throttledProgress(ctx);
  const seeds = createRandom(ctx.seed);

  let best: KMeansResult | null = null;
  for (let run = 0; run < nInit; run++) {
    const rng = createRandom(Math.floor(seeds.next() * 4294967296));
    // A run's progress: the first 30% for k-means++, the rest for iterations. The iteration count is
    // unknown in advance; 20 is typical, so progress moves steadily and waits just short of the end.
    progress(run / nInit, 'initialising');
    const start = initialStart(X, k, init, rng, ctx, (f) => progress((run + 0.3 * f) / nInit, 'initialising'));
    const result = runKMeans(X, start, {
      k, maxIter, tolAbs, algorithm,
      onIteration: (iteration) => progress((run + 0.3 + 0.69 * Math.min(1, (iteration + 1) / 20)) / nInit, 'iterating'),
    }, ctx);
    if (best === null || result.inertia < best.inertia) best = { ...result, seed: ctx.seed, n_clusters: k };
  }
  progress(1, 'done');
  return best as KMeansResult;
}

/** Label of the nearest centre for each row (centres k x features, row-major). */
export function predictKMeans(X: Matrix, centers: Float64Array, k: number): Int32Array {
  if (centers.length !== k * X.cols) throw new Error(`Centres hold ${centers.length} values, expected ${k * X.cols}`);
  const labels = new Int32Array(X.rows).fill(-1);
  assignExhaustive(X, centers, k, labels, null, null);
  return labels;
}

export function validateKMeansInput(X: Matrix, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new Error(`n_clusters must be a positive integer, got ${k}`);
  if (X.rows < k) throw new Error(`n_clusters = ${k} is more than the ${X.rows} rows to cluster`);
  const data = X.data;
  // NaN * 0 and Infinity * 0 are NaN, any finite value * 0 is 0: one branch-free pass finds a bad value.
  let probe = 0;
  for (let i = 0; i < data.length; i++) probe += data[i] * 0;
  if (probe === 0) return;
  const bad = data.findIndex((v) => !Number.isFinite(v));
  throw new Error(`Row ${Math.floor(bad / X.cols)}, feature ${bad % X.cols} is not a finite number; impute missing values first`);
}
