// Prim's minimum spanning tree over an implicit complete graph: O(n^2) time, O(n) memory.
// Gives single linkage (scipy's mst_single_linkage) and HDBSCAN's mutual-reachability tree.
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { createRawMerges, type RawMerges } from './linkageMatrix';
import type { RowDistance } from './distanceMetric';

/**
 * MST edges in the order Prim adds them from vertex 0 (a[k] - b[k], weight height[k]); sorted and
 * labelled by toLinkageMatrix this is exactly the single-linkage dendrogram.
 */
export function primMinimumSpanningTree(n: number, distance: RowDistance, ctx: FitContext, phase = 'spanning tree'): RawMerges {
  const edges = createRawMerges(n);
  if (n < 2) return edges;
  const inTree = new Uint8Array(n);
  const bestDistance = new Float64Array(n).fill(Infinity);
  const progress = throttledProgress(ctx);
  let current = 0;
  for (let k = 0; k < n - 1; k++) {
    if ((k & 63) === 0) { checkStop(ctx); progress(k / (n - 1), phase); }
    inTree[current] = 1;
    let next = -1;
    let nextDistance = Infinity;
    for (let i = 0; i < n; i++) {
      if (inTree[i]) continue;
      const dist = distance(current, i);
      if (dist < bestDistance[i]) bestDistance[i] = dist;
      if (bestDistance[i] < nextDistance || next < 0) { next = i; nextDistance = bestDistance[i]; }
    }
    edges.a[k] = current;
    edges.b[k] = next;
    edges.height[k] = nextDistance;
    current = next;
  }
  progress(1, phase);
  return edges;
}
