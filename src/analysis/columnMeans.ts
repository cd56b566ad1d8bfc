// Per-column means of a matrix over all rows or over a subset (a lasso selection), skipping NaN.
// Used to compare a selection's features with everyone's.
import type { Matrix } from './matrix';

export function columnMeans(X: Matrix, rows?: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(X.cols);
  const counts = new Float64Array(X.cols);
  const n = rows ? rows.length : X.rows;
  for (let r = 0; r < n; r++) {
    const base = (rows ? rows[r] : r) * X.cols;
    for (let j = 0; j < X.cols; j++) {
      const v = X.data[base + j];
      if (v === v) { sums[j] += v; counts[j]++; }
    }
  }
  for (let j = 0; j < X.cols; j++) sums[j] = counts[j] > 0 ? sums[j] / counts[j] : NaN;
  return sums;
}
