// Maps a feature's values to [0, 1] for a continuous colour scale, by its 2nd-98th percentiles so
// that a few extreme values do not flatten everyone else's colour. Missing values map to NaN.
import type { Matrix } from './matrix';
import { orderStatistics } from './orderStatistics';

export interface FeatureScale {
  values: Float32Array;
  low: number;
  high: number;
  missing: number;
}

export function scaleFeatureForColour(X: Matrix, column: number): FeatureScale {
  const n = X.rows;
  const finite = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = X.data[i * X.cols + column];
    if (Number.isFinite(v)) finite[count++] = v;
  }
  // The two percentiles by selection: sorting a million values would hold the page for a third of a second.
  const [low, high] = count > 0
    ? orderStatistics(finite.subarray(0, count), [Math.floor(0.02 * (count - 1)), Math.ceil(0.98 * (count - 1))]) : [0, 1];
  const span = high - low || 1;
  const values = new Float32Array(n);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const v = X.data[i * X.cols + column];
    if (!Number.isFinite(v)) { values[i] = NaN; missing++; continue; }
    values[i] = Math.min(1, Math.max(0, (v - low) / span));
  }
  return { values, low, high, missing };
}
