// One k-means run from given initial centres, with scikit-learn's Lloyd convergence rules;
// the assignment is either exhaustive (lloyd) or bounded (hamerly), which give the same labels.
import type { Matrix } from './matrix';
import type { KMeansStart } from './kmeansInit';
import { checkStop, type FitContext } from './fitContext';
import {
  assignExhaustive, assignHamerly, centerShifts, createWorkspace, inertiaOf, moveBounds, updateCenters,
} from './kmeansSteps';

export type KMeansAlgorithm = 'lloyd' | 'hamerly';

export interface KMeansRunOptions {
  k: number;
  maxIter: number;
  /** Absolute tolerance on the summed squared centre shift (already scaled by the data variance). */
  tolAbs: number;
  algorithm: KMeansAlgorithm;
  /** Called before each iteration with its index (progress). */
  onIteration?: (iteration: number) => void;
}

export interface KMeansRun {
  labels: Int32Array;
  centers: Float64Array;
  inertia: number;
  n_iter: number;
}

/**
 * Iterates assignment then centre update until labels stop changing (strict convergence) or the
 * squared centre shift falls to tolAbs; without strict convergence a last assignment makes the
 * labels match the returned centres, as in sklearn's _kmeans_single_lloyd.
 */
export function runKMeans(X: Matrix, start: KMeansStart, options: KMeansRunOptions, ctx: FitContext): KMeansRun {
  const { k, maxIter, tolAbs, algorithm } = options;
  const n = X.rows, d = X.cols;
  let centers: Float64Array = start.centers.slice();
  let next: Float64Array = new Float64Array(k * d);
  const bounded = algorithm === 'hamerly';
  // Bounds left by k-means++ let even the first assignment skip most rows; otherwise it is exhaustive.
  // The run takes over the start's arrays (each start serves one run).
  const seeded = bounded ? start.bounds : undefined;
  const labels = seeded ? seeded.labels : new Int32Array(n).fill(-1);
  const upper = bounded ? seeded?.upper ?? new Float64Array(n) : null;
  const lower = bounded ? seeded?.lower ?? new Float64Array(n) : null;
  const ws = createWorkspace(k, d);
  const assign = (first: boolean): number => (upper && lower && (!first || seeded !== undefined)
    ? assignHamerly(X, centers, k, labels, upper, lower, ws)
    : assignExhaustive(X, centers, k, labels, upper, lower));

  let strict = false;
  let iteration = 0;
  for (; iteration < maxIter; iteration++) {
    checkStop(ctx);
    options.onIteration?.(iteration);
    const changed = assign(iteration === 0);
    // Iteration 0 never counts as converged: sklearn compares its labels with "none yet".
    updateCenters(X, labels, k, centers, next, ws);
    const shiftTotal = centerShifts(centers, next, k, d, ws.shifts);
    [centers, next] = [next, centers];
    if (changed === 0 && iteration > 0) { strict = true; break; }
    if (upper && lower) moveBounds(labels, upper, lower, ws.shifts);
    if (shiftTotal <= tolAbs) break;
  }
  const nIter = Math.min(iteration + 1, maxIter);
  if (!strict) assign(false);
  return { labels, centers, inertia: inertiaOf(X, centers, labels), n_iter: nIter };
}
