// Dunn index: the smallest distance between rows of different segments over the largest diameter of
// a segment; higher is better. Exact O(n^2 d) over blocks of rows; noise (-1) rows are left out.
import type { Matrix } from './matrix';
import { checkStop, type FitContext } from './fitContext';
import { indexLabels, requireSegments } from './segmentLabels';

const BLOCK = 128;

/** Infinity when every segment is a single point (zero diameter). */
export function dunnIndex(X: Matrix, labels: Int32Array, ctx?: FitContext): number {
  const { data, rows: n, cols: d } = X;
  const idx = indexLabels(labels);
  requireSegments(idx, 'The Dunn index');
  const lab = idx.index;
  // Squared distances compared throughout; one square root at the end.
  let minBetween = Infinity;
  let maxWithin = 0;
  for (let bi = 0; bi < n; bi += BLOCK) {
    const iEnd = Math.min(bi + BLOCK, n);
    for (let bj = bi; bj < n; bj += BLOCK) {
      const jEnd = Math.min(bj + BLOCK, n);
      for (let i = bi; i < iEnd; i++) {
        const li = lab[i];
        if (li < 0) continue;
        const iOff = i * d;
        for (let j = bj === bi ? i + 1 : bj; j < jEnd; j++) {
          const lj = lab[j];
          if (lj < 0) continue;
          const jOff = j * d;
          let s = 0;
          for (let t = 0; t < d; t++) {
            const z = data[iOff + t] - data[jOff + t];
            s += z * z;
          }
          if (li === lj) { if (s > maxWithin) maxWithin = s; }
          else if (s < minBetween) minBetween = s;
        }
      }
    }
    if (ctx) checkStop(ctx);
  }
  return maxWithin === 0 ? Infinity : Math.sqrt(minBetween) / Math.sqrt(maxWithin);
}
