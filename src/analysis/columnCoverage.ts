// Which columns of a feature matrix hold no value at all (every entry NaN).
// Such a column cannot be imputed or scaled, so a run refuses it with a message instead of failing later.
import type { Matrix } from './matrix';

export function emptyFeatureColumns(X: Matrix): number[] {
  const seen = new Uint8Array(X.cols);
  let remaining = X.cols;
  for (let i = 0; i < X.rows && remaining > 0; i++) {
    const base = i * X.cols;
    for (let j = 0; j < X.cols; j++) {
      if (!seen[j] && !Number.isNaN(X.data[base + j])) { seen[j] = 1; remaining--; }
    }
  }
  const empty: number[] = [];
  for (let j = 0; j < X.cols; j++) if (!seen[j]) empty.push(j);
  return empty;
}
