// Ward's linkage by the nearest-neighbour chain on centroids and weights (Müllner 2011, fastcluster's
// "vector" variant): O(n) memory, no n x n matrix; heights equal scipy's linkage(X, 'ward').
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { createRawMerges, type RawMerges } from './linkageMatrix';
import { WardCentroidTree } from './wardCentroidTree';

/**
 * Ward merges of the rows of X. `weights` (optional) gives each row's multiplicity, so that a row can
 * stand for a micro-cluster of that many points. The criterion between clusters a and b is
 * |ca - cb|^2 / (1/wa + 1/wb) and the merge height sqrt(2 * criterion), as scipy's Lance-Williams form.
 * With exact ties (duplicate rows, integer answers) equal merges may be taken in another order than
 * scipy's, which can give another, equally valid, Ward tree; without ties the trees are the same.
 */
export function wardMerges(X: Matrix, weights: Float64Array | null, ctx: FitContext): RawMerges {
  const n = X.rows, d = X.cols;
  const merges = createRawMerges(n);
  if (n < 2) return merges;
  const centroid = Float64Array.from(X.data);
  const weight = weights ? Float64Array.from(weights) : new Float64Array(n).fill(1);
  const inverseWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) inverseWeight[i] = 1 / weight[i];
  // Nearest-neighbour queries go through a kd-tree over the live centroids instead of a scan of all.
  const tree = new WardCentroidTree(centroid, inverseWeight, n, d);
  const alive = new Uint8Array(n).fill(1);
  let firstAlive = 0;
  const chain = new Int32Array(n);
  let chainLength = 0;
  const progress = throttledProgress(ctx);

  const criterion = (a: number, b: number): number => {
    let s = 0;
    for (let j = 0; j < d; j++) { const t = centroid[b * d + j] - centroid[a * d + j]; s += t * t; }
    return s / (inverseWeight[a] + inverseWeight[b]);
  };

  for (let m = 0; m < n - 1; m++) {
    if ((m & 63) === 0) { checkStop(ctx); progress(m / (n - 1), 'ward linkage'); }
    if (chainLength === 0) {
      while (!alive[firstAlive]) firstAlive++;
      chain[chainLength++] = firstAlive;
    }
    let top: number, next: number, value: number;
    for (;;) {
      top = chain[chainLength - 1];
      // Start from the previous chain element and accept only strictly better ones: ties never cycle.
      const previous = chainLength >= 2 ? chain[chainLength - 2] : -1;
      next = tree.nearest(top, previous, previous >= 0 ? criterion(top, previous) : Infinity);
      value = tree.foundValue;
      if (next === previous) break;
      chain[chainLength++] = next;
    }
    chainLength -= 2;
    merges.a[m] = top;
    merges.b[m] = next;
    merges.height[m] = Math.sqrt(2 * value);
    // The merged cluster keeps the smaller id.
    const keep = Math.min(top, next), drop = Math.max(top, next);
    const wk = weight[keep], wd = weight[drop], total = wk + wd;
    for (let j = 0; j < d; j++) {
      centroid[keep * d + j] = (wk * centroid[keep * d + j] + wd * centroid[drop * d + j]) / total;
    }
    weight[keep] = total;
    inverseWeight[keep] = 1 / total;
    alive[drop] = 0;
    tree.remove(drop);
    tree.update(keep);
    tree.maybeRebuild();
  }
  progress(1, 'ward linkage');
  return merges;
}
