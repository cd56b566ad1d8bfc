// Adjusted Rand index between two labelings as scikit-learn's adjusted_rand_score (pair counting).
// Labels are taken as given: -1 is one more group here, as in sklearn, since both partitions are compared whole.

export function adjustedRandIndex(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  if (b.length !== n) throw new Error(`Both labelings need the same length, got ${n} and ${b.length}`);
  const contingency = new Map<number, Map<number, number>>();
  const rowSums = new Map<number, number>();
  const colSums = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    let row = contingency.get(a[i]);
    if (!row) { row = new Map(); contingency.set(a[i], row); }
    row.set(b[i], (row.get(b[i]) ?? 0) + 1);
    rowSums.set(a[i], (rowSums.get(a[i]) ?? 0) + 1);
    colSums.set(b[i], (colSums.get(b[i]) ?? 0) + 1);
  }
  // sklearn's pair_confusion_matrix, in counts of ordered pairs.
  let sumSquares = 0;
  let rowWeighted = 0;
  let colWeighted = 0;
  for (const [ra, row] of contingency) {
    for (const [cb, count] of row) {
      sumSquares += count * count;
      rowWeighted += count * (colSums.get(cb) as number);
      colWeighted += count * (rowSums.get(ra) as number);
    }
  }
  const tp = sumSquares - n;
  const fp = rowWeighted - sumSquares;
  const fn = colWeighted - sumSquares;
  const tn = n * n - fp - fn - sumSquares;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
