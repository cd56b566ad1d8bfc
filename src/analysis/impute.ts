// Median imputation of missing values (NaN), matching scikit-learn's SimpleImputer(strategy='median').
// A column with no observed value keeps NaN as its statistic (sklearn drops it): the caller decides.
import type { Matrix } from './matrix';

export interface MedianImputer {
  /** Median of each column's observed values; NaN for a column that is entirely missing. */
  statistics: Float64Array;
}

export function fitMedianImputer(X: Matrix): MedianImputer {
  const { data, rows: n, cols: d } = X;
  const statistics = new Float64Array(d);
  const observed = new Float64Array(n);
  for (let j = 0; j < d; j++) {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const value = data[i * d + j];
      if (!Number.isNaN(value)) observed[count++] = value;
    }
    statistics[j] = median(observed.subarray(0, count));
  }
  return { statistics };
}

/** A copy of X with each NaN replaced by its column's statistic (still NaN where that is NaN). */
export function applyImputer(X: Matrix, statistics: Float64Array): Matrix {
  const { rows: n, cols: d } = X;
  if (statistics.length !== d) throw new Error(`Imputer has ${statistics.length} statistics, the matrix has ${d} features`);
  const data = X.data.slice();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) if (Number.isNaN(data[i * d + j])) data[i * d + j] = statistics[j];
  }
  return { data, rows: n, cols: d };
}

/** numpy's median: the middle value, or the mean of the two middle values; NaN when empty. Sorts in place. */
function median(values: Float64Array): number {
  const count = values.length;
  if (count === 0) return NaN;
  values.sort();
  const half = count >> 1;
  return count % 2 === 1 ? values[half] : (values[half - 1] + values[half]) / 2;
}
