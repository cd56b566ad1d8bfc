// Counts one feature's values into equal-width bins over a given range, for all rows or a subset.
// Values outside the range fall in the end bins; missing values are counted apart.
import type { Matrix } from './matrix';

export interface FeatureHistogram {
  counts: Float64Array;
  missing: number;
  total: number;
}

export function featureHistogram(X: Matrix, column: number, bins: number, low: number, high: number, rows?: ArrayLike<number>): FeatureHistogram {
  const counts = new Float64Array(bins);
  const width = (high - low) / bins || 1;
  const n = rows ? rows.length : X.rows;
  let missing = 0;
  for (let r = 0; r < n; r++) {
    const v = X.data[(rows ? rows[r] : r) * X.cols + column];
    if (!Number.isFinite(v)) { missing++; continue; }
    const b = Math.floor((v - low) / width);
    counts[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
  }
  return { counts, missing, total: n };
}
