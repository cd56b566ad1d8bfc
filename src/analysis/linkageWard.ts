// Ward's linkage by the nearest-neighbour chain on centroids and weights (Müllner 2011, fastcluster's
// "vector" variant): O(n) memory, no n x n matrix; heights equal scipy's linkage(X, 'ward').
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { createRawMerges, type RawMerges } from './linkageMatrix';

/**
 * Ward merges of the rows of X. `weights` (optional) gives each row's multiplicity, so that a row can
 * stand for a micro-cluster of that many points; height = sqrt(2 wa wb / (wa + wb)) * |ca - cb|.
 */
export function wardMerges(X: Matrix, weights: Float64Array | null, ctx: FitContext): RawMerges {
  const n = X.rows, d = X.cols;
  const merges = createRawMerges(n);
  if (n < 2) return merges;
  // Clusters are packed by position (0..active-1) so that the nearest-neighbour scan reads memory in order.
  const centroid = Float64Array.from(X.data);
  const weight = weights ? Float64Array.from(weights) : new Float64Array(n).fill(1);
  const idAt = new Int32Array(n);
  const positionOf = new Int32Array(n);
  for (let i = 0; i < n; i++) { idAt[i] = i; positionOf[i] = i; }
  let active = n;
  const chain = new Int32Array(n);
  let chainLength = 0;
  const progress = throttledProgress(ctx);

  /** Ward criterion (half the squared height) between positions p and q. */
  const criterion = (p: number, q: number): number => {
    let s = 0;
    const a = p * d, b = q * d;
    for (let k = 0; k < d; k++) { const t = centroid[a + k] - centroid[b + k]; s += t * t; }
    return (weight[p] * weight[q]) / (weight[p] + weight[q]) * s;
  };

  for (let m = 0; m < n - 1; m++) {
    if ((m & 63) === 0) { checkStop(ctx); progress(m / (n - 1), 'ward linkage'); }
    if (chainLength === 0) chain[chainLength++] = idAt[0];
    let mergeWith: number;
    let bestCriterion: number;
    for (;;) {
      const top = chain[chainLength - 1];
      const p = positionOf[top];
      // Start from the previous chain element so that ties never make the chain cycle.
      let best = -1;
      let bestValue = Infinity;
      if (chainLength >= 2) {
        best = positionOf[chain[chainLength - 2]];
        bestValue = criterion(p, best);
      }
      const wp = weight[p];
      const base = p * d;
      for (let q = 0; q < active; q++) {
        if (q === p) continue;
        const wq = weight[q];
        // Compare squared distances against the bound implied by the best criterion so far, and stop
        // summing early once a candidate cannot win.
        const limit = bestValue * (wp + wq) / (wp * wq);
        let s = 0;
        const b = q * d;
        let k = 0;
        for (; k < d; k++) {
          const t = centroid[base + k] - centroid[b + k];
          s += t * t;
          if (s >= limit) break;
        }
        if (k === d && s < limit) {
          bestValue = (wp * wq) / (wp + wq) * s;
          best = q;
        }
      }
      if (chainLength >= 2 && best === positionOf[chain[chainLength - 2]]) {
        mergeWith = best;
        bestCriterion = bestValue;
        break;
      }
      chain[chainLength++] = idAt[best];
    }
    const top = chain[--chainLength];
    chainLength--;
    const p = positionOf[top];
    const q = mergeWith;
    merges.a[m] = idAt[p];
    merges.b[m] = idAt[q];
    merges.height[m] = Math.sqrt(2 * bestCriterion);
    // The merged cluster takes position min(p, q) and keeps that position's id as its representative;
    // the last position moves into the freed slot.
    const keep = Math.min(p, q), drop = Math.max(p, q);
    const wk = weight[keep], wd = weight[drop], total = wk + wd;
    for (let k = 0; k < d; k++) {
      centroid[keep * d + k] = (wk * centroid[keep * d + k] + wd * centroid[drop * d + k]) / total;
    }
    weight[keep] = total;
    const last = active - 1;
    if (drop !== last) {
      for (let k = 0; k < d; k++) centroid[drop * d + k] = centroid[last * d + k];
      weight[drop] = weight[last];
      idAt[drop] = idAt[last];
      positionOf[idAt[drop]] = drop;
    }
    active--;
  }
  progress(1, 'ward linkage');
  return merges;
}
