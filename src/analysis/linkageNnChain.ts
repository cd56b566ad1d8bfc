// Complete and average linkage by the nearest-neighbour chain on a condensed distance matrix with
// Lance-Williams updates (Müllner 2011; scipy's nn_chain): O(n^2) time, n(n-1)/2 doubles of memory.
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { createRawMerges, type RawMerges } from './linkageMatrix';
import type { RowDistance } from './distanceMetric';

export type MatrixLinkage = 'complete' | 'average';

/** Largest row count whose condensed matrix stays addressable by a typed array (2^31 - 1 entries). */
export const maxCondensedRows = 65_536;

/**
 * Merges for complete or average linkage. `weights` (optional) are the initial cluster sizes, which
 * only average linkage uses (size-weighted mean of the distances, like UPGMA).
 */
export function matrixLinkageMerges(n: number, distance: RowDistance, linkage: MatrixLinkage,
  weights: Float64Array | null, ctx: FitContext): RawMerges {
  const merges = createRawMerges(n);
  if (n < 2) return merges;
  if (n > maxCondensedRows) throw new Error(`${linkage} linkage on ${n} rows needs too large a distance matrix; use micro-clusters`);
  const progress = throttledProgress(ctx);
  const D = new Float64Array((n * (n - 1)) / 2);
  let index = 0;
  for (let i = 0; i < n; i++) {
    if ((i & 127) === 0) { checkStop(ctx); progress(0.3 * i / n, 'distances'); }
    for (let j = i + 1; j < n; j++) D[index++] = distance(i, j);
  }
  // rowStart[i] + j is the condensed index of (i, j) for i < j.
  const rowStart = new Float64Array(n);
  for (let i = 0; i < n; i++) rowStart[i] = n * i - (i * (i + 1)) / 2 - i - 1;
  const at = (i: number, j: number): number => (i < j ? rowStart[i] + j : rowStart[j] + i);
  const size = weights ? Float64Array.from(weights) : new Float64Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const chain = new Int32Array(n);
  let chainLength = 0;
  for (let m = 0; m < n - 1; m++) {
    if ((m & 63) === 0) { checkStop(ctx); progress(0.3 + 0.7 * m / (n - 1), `${linkage} linkage`); }
    if (chainLength === 0) {
      let first = 0;
      while (!alive[first]) first++;
      chain[chainLength++] = first;
    }
    let x: number, y = -1, currentMin: number;
    for (;;) {
      x = chain[chainLength - 1];
      if (chainLength > 1) {
        y = chain[chainLength - 2];
        currentMin = D[at(x, y)];
      } else {
        currentMin = Infinity;
      }
      for (let i = 0; i < x; i++) {
        if (!alive[i]) continue;
        const dist = D[rowStart[i] + x];
        if (dist < currentMin) { currentMin = dist; y = i; }
      }
      const base = rowStart[x];
      for (let i = x + 1; i < n; i++) {
        if (!alive[i]) continue;
        const dist = D[base + i];
        if (dist < currentMin) { currentMin = dist; y = i; }
      }
      if (chainLength > 1 && y === chain[chainLength - 2]) break;
      chain[chainLength++] = y;
    }
    chainLength -= 2;
    if (x > y) { const t = x; x = y; y = t; }
    const nx = size[x], ny = size[y];
    merges.a[m] = x;
    merges.b[m] = y;
    merges.height[m] = currentMin;
    // As scipy: the merged cluster lives at y; x is retired.
    alive[x] = 0;
    size[y] = nx + ny;
    for (let i = 0; i < n; i++) {
      if (!alive[i] || i === y) continue;
      const dx = D[at(i, x)], dy = D[at(i, y)];
      D[at(i, y)] = linkage === 'complete' ? Math.max(dx, dy) : (nx * dx + ny * dy) / (nx + ny);
    }
  }
  progress(1, `${linkage} linkage`);
  return merges;
}
