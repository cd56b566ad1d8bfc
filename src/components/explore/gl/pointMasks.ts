// Per-point byte attributes of the map: the selection mask (1 = selected) built from row indices, and
// the colour categories as bytes. One pass over the points each; uploaded with one bufferSubData.

/** A byte per point, 1 for every row in `rows`; `reuse` is filled in place when it has `count` bytes. */
export function selectionMask(rows: Int32Array, count: number, reuse?: Uint8Array): Uint8Array {
  const mask = reuse && reuse.length === count ? reuse.fill(0) : new Uint8Array(count);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A row the map does not hold (a stale selection of another table) selects nothing rather than wrapping.
    if (row >= 0 && row < count) mask[row] = 1;
  }
  return mask;
}

/** The colouring's categories (palette indices, at most 255) as one byte per point. */
export function categoryBytes(categories: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(categories.length);
  // TypedArray.set converts natively: about 1.5x faster than an indexed loop from a Float32Array.
  bytes.set(categories);
  return bytes;
}
