// The k-distance plot that helps choose DBSCAN's eps, and a suggested eps at its knee (Kneedle,
// Satopää et al. 2011).
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { KdTree } from './kdTree';
import { densitySpace, type DensityMetric } from './densityMetric';

/**
 * Distance from every row to its k-th nearest neighbour, counting the row itself as the first
 * (scikit-learn's NearestNeighbors(n_neighbors=k).kneighbors(X)[0][:, k - 1]), sorted ascending.
 * With k = min_samples, a row is a DBSCAN core point exactly when its value is <= eps.
 */
export function kDistances(X: Matrix, k: number, metric: DensityMetric = 'euclidean', ctx: FitContext = { seed: 0 }): Float64Array {
  const n = X.rows;
  if (!(k >= 1 && k <= n)) throw new Error(`k must be between 1 and the number of rows (${n}), got ${k}`);
  const space = densitySpace(X, metric);
  const tree = new KdTree(space.points);
  const progress = throttledProgress(ctx);
  const index = new Int32Array(k);
  const distance = new Float64Array(k);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 0) { checkStop(ctx); progress(i / n, 'k-distances'); }
    tree.kNearest(space.points.data, i * X.cols, k, space.treeMetric, index, distance);
    out[i] = space.fromTreeDistance(distance[k - 1]);
  }
  out.sort();
  progress(1, 'k-distances');
  return out;
}

/**
 * eps at the knee of a sorted (ascending) k-distance curve: the point furthest below the chord from
 * the first to the last value once both axes are scaled to [0, 1]. Returns the median for a flat curve.
 */
export function suggestEps(sortedKDistances: Float64Array): number {
  const m = sortedKDistances.length;
  if (m === 0) throw new Error('No k-distances to choose eps from');
  const low = sortedKDistances[0], high = sortedKDistances[m - 1];
  if (m < 3 || !(high > low)) return sortedKDistances[m >> 1];
  let best = 0, bestDifference = -Infinity;
  for (let i = 0; i < m; i++) {
    const difference = i / (m - 1) - (sortedKDistances[i] - low) / (high - low);
    if (difference > bestDifference) { bestDifference = difference; best = i; }
  }
  return sortedKDistances[best];
}
