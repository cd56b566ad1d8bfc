// The k-th smallest values of an array without sorting it: Floyd and Rivest's SELECT (1975), expected
// n + min(k, n - k) comparisons, so a quantile of a million values costs milliseconds instead of a full sort.

/**
 * Rearranges `values[left..right]` so that `values[k]` holds the value a sort would put there, every
 * value before it is <= and every value after it >=. Values must not be NaN.
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): void {
  while (right > left) {
    // On a long range, first narrow it to a sample's estimate of where the k-th value lies.
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      selectInPlace(values, k, newLeft, newRight);
    }
    const pivot = values[k];
    let i = left;
    let j = right;
    swap(values, left, k);
    if (values[right] > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * The values a sort would put at each of the 0-based `ranks` (any order, repeats allowed), found by
 * selection on `values`, which is rearranged; the answers come back in the order of `ranks`.
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  const order = ranks.map((rank, at) => ({ rank, at })).sort((a, b) => a.rank - b.rank);
  const out = new Array<number>(ranks.length);
  // Each selection leaves larger ranks to the right of the one found, so the next search starts there.
  let left = 0;
  for (const { rank, at } of order) {
    if (rank < 0 || rank >= values.length || !Number.isInteger(rank)) throw new RangeError(`rank ${rank} is outside 0..${values.length - 1}`);
    selectInPlace(values, rank, left, values.length - 1);
    out[at] = values[rank];
    left = rank;
  }
  return out;
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a];
  values[a] = values[b];
  values[b] = t;
}
