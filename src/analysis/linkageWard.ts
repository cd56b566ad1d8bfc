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
  // Centroids are stored one dimension after another (coordinate j of position q at j * n + q),
  // dimensions in decreasing order of variance, and clusters packed by position 0..active-1: the
  // nearest-neighbour scan then reads the most telling coordinate of every candidate from one
  // contiguous array and drops most candidates before touching the others.
  const dims = dimensionsByVariance(X);
  const coords = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const source = dims[j];
    for (let i = 0; i < n; i++) coords[j * n + i] = X.data[i * d + source];
  }
  const weight = weights ? Float64Array.from(weights) : new Float64Array(n).fill(1);
  const inverseWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) inverseWeight[i] = 1 / weight[i];
  const idAt = new Int32Array(n);
  const positionOf = new Int32Array(n);
  for (let i = 0; i < n; i++) { idAt[i] = i; positionOf[i] = i; }
  let active = n;
  const chain = new Int32Array(n);
  let chainLength = 0;
  const query = new Float64Array(d);
  const progress = throttledProgress(ctx);

  /** Ward criterion (half the squared height) between positions p and q. */
  const criterion = (p: number, q: number): number => {
    let s = 0;
    for (let j = 0; j < d; j++) { const t = coords[j * n + p] - coords[j * n + q]; s += t * t; }
    return (weight[p] * weight[q]) / (weight[p] + weight[q]) * s;
  };

  for (let m = 0; m < n - 1; m++) {
    if ((m & 63) === 0) { checkStop(ctx); progress(m / (n - 1), 'ward linkage'); }
    if (chainLength === 0) chain[chainLength++] = idAt[0];
    let mergeWith: number;
    let bestCriterion: number;
    for (;;) {
      const p = positionOf[chain[chainLength - 1]];
      // Start from the previous chain element so that ties never make the chain cycle.
      let best = -1;
      let bestValue = Infinity;
      const previous = chainLength >= 2 ? positionOf[chain[chainLength - 2]] : -1;
      if (previous >= 0) { best = previous; bestValue = criterion(p, previous); }
      for (let j = 0; j < d; j++) query[j] = coords[j * n + p];
      const inverseP = inverseWeight[p];
      const first = query[0];
      for (let q = 0; q < active; q++) {
        // A candidate wins only if its squared distance is below this bound (criterion = s / (1/wp + 1/wq)).
        const limit = bestValue * (inverseP + inverseWeight[q]);
        const t0 = coords[q] - first;
        let s = t0 * t0;
        if (s >= limit || q === p) continue;
        let j = 1;
        for (; j < d; j++) {
          const t = coords[j * n + q] - query[j];
          s += t * t;
          if (s >= limit) break;
        }
        if (j === d) {
          bestValue = (weight[p] * weight[q]) / (weight[p] + weight[q]) * s;
          best = q;
        }
      }
      if (best === previous) {
        mergeWith = best;
        bestCriterion = bestValue;
        break;
      }
      chain[chainLength++] = idAt[best];
    }
    const p = positionOf[chain[--chainLength]];
    chainLength--;
    const q = mergeWith;
    merges.a[m] = idAt[p];
    merges.b[m] = idAt[q];
    merges.height[m] = Math.sqrt(2 * bestCriterion);
    // The merged cluster takes position min(p, q) and keeps that position's id as its representative;
    // the last position moves into the freed slot.
    const keep = Math.min(p, q), drop = Math.max(p, q);
    const wk = weight[keep], wd = weight[drop], total = wk + wd;
    for (let j = 0; j < d; j++) {
      coords[j * n + keep] = (wk * coords[j * n + keep] + wd * coords[j * n + drop]) / total;
    }
    weight[keep] = total;
    inverseWeight[keep] = 1 / total;
    const last = active - 1;
    if (drop !== last) {
      for (let j = 0; j < d; j++) coords[j * n + drop] = coords[j * n + last];
      weight[drop] = weight[last];
      inverseWeight[drop] = inverseWeight[last];
      idAt[drop] = idAt[last];
      positionOf[idAt[drop]] = drop;
    }
    active--;
  }
  progress(1, 'ward linkage');
  return merges;
}

/** Column indices sorted by decreasing variance. */
function dimensionsByVariance(X: Matrix): number[] {
  const { data, rows, cols } = X;
  const mean = new Float64Array(cols), variance = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) mean[j] += data[i * cols + j] / rows;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) { const t = data[i * cols + j] - mean[j]; variance[j] += t * t; }
  }
  return Array.from({ length: cols }, (_, j) => j).sort((a, b) => variance[b] - variance[a] || a - b);
}
