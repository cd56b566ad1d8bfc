// Prim's minimum spanning tree over the complete graph of a matrix's rows: O(n^2) time, O(n) memory.
// Gives single linkage (scipy's mst_single_linkage) and HDBSCAN's mutual-reachability tree.
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { createRawMerges, type RawMerges } from './linkageMatrix';
import { rowDistance, type DistanceMetric } from './distanceMetric';
import type { Matrix } from './matrix';

/**
 * MST edges in the order Prim adds them from row 0 (a[k] - b[k], weight height[k]); sorted and
 * labelled by toLinkageMatrix this is exactly the single-linkage dendrogram. With `coreDistances`
 * the weights are mutual-reachability distances max(core[i], core[j], d(i, j)) (HDBSCAN).
 * Ties go to the lowest row, as in scipy.
 */
export function primMinimumSpanningTree(X: Matrix, metric: DistanceMetric, p: number, coreDistances: Float64Array | null,
  ctx: FitContext, phase = 'spanning tree'): RawMerges {
  const n = X.rows, d = X.cols, data = X.data;
  const edges = createRawMerges(n);
  if (n < 2) return edges;
  // Rows not yet in the tree, kept in increasing order so that ties resolve like scipy's scan.
  const remaining = new Int32Array(n - 1);
  for (let i = 1; i < n; i++) remaining[i - 1] = i;
  let remainingCount = n - 1;
  const bestDistance = new Float64Array(n).fill(Infinity);
  const core = coreDistances ?? new Float64Array(n);
  const generic = metric === 'euclidean' || metric === 'manhattan' ? null : rowDistance(X, metric, p);
  const euclidean = metric === 'euclidean';
  const progress = throttledProgress(ctx);
  let current = 0;
  for (let k = 0; k < n - 1; k++) {
    if ((k & 63) === 0) { checkStop(ctx); progress(k / (n - 1), phase); }
    const a = current * d;
    const coreCurrent = core[current];
    let nextSlot = -1;
    let nextDistance = Infinity;
    for (let r = 0; r < remainingCount; r++) {
      const i = remaining[r];
      let dist: number;
      if (generic) {
        dist = generic(current, i);
      } else {
        let s = 0;
        const b = i * d;
        if (euclidean) {
          for (let j = 0; j < d; j++) { const t = data[a + j] - data[b + j]; s += t * t; }
          dist = Math.sqrt(s);
        } else {
          for (let j = 0; j < d; j++) s += Math.abs(data[a + j] - data[b + j]);
          dist = s;
        }
      }
      if (coreCurrent > dist) dist = coreCurrent;
      if (core[i] > dist) dist = core[i];
      if (dist < bestDistance[i]) bestDistance[i] = dist;
      if (bestDistance[i] < nextDistance || nextSlot < 0) { nextSlot = r; nextDistance = bestDistance[i]; }
    }
    const next = remaining[nextSlot];
    remaining.copyWithin(nextSlot, nextSlot + 1, remainingCount);
    remainingCount--;
    edges.a[k] = current;
    edges.b[k] = next;
    edges.height[k] = nextDistance;
    current = next;
  }
  progress(1, phase);
  return edges;
}
