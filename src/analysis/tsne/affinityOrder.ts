// Renumbers the points so that neighbours in P get nearby numbers (breadth-first over P's graph): the
// gradient then reads and writes each point's neighbours in nearby memory. Pure relabelling, same t-SNE.

import type { SparseAffinities } from './jointProbabilities';

/** order[k] = the point numbered k: breadth-first from point 0, neighbours in P's column order, then the next unvisited point. */
export function breadthFirstOrder(P: SparseAffinities): Int32Array {
  const n = P.rowStart.length - 1;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let head = 0, tail = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    order[tail++] = start;
    while (head < tail) {
      const i = order[head++];
      for (let e = P.rowStart[i]; e < P.rowStart[i + 1]; e++) {
        const j = P.columns[e];
        if (!seen[j]) { seen[j] = 1; order[tail++] = j; }
      }
    }
  }
  return order;
}

/**
 * The symmetric P with point order[k] renamed k, each row's columns in increasing order: entries are dealt
 * out to their column's row while rows are walked in the new order (by symmetry, row j's entries are the
 * column-j entries of the others), so they arrive sorted.
 */
export function relabelAffinities(P: SparseAffinities, order: Int32Array): SparseAffinities {
  const n = order.length;
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]] = k;
  const rowStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) rowStart[k + 1] = rowStart[k] + P.rowStart[order[k] + 1] - P.rowStart[order[k]];
  const fill = rowStart.slice(0, n);
  const columns = new Int32Array(rowStart[n]);
  const values = new Float64Array(rowStart[n]);
  for (let k = 0; k < n; k++) {
    for (let e = P.rowStart[order[k]]; e < P.rowStart[order[k] + 1]; e++) {
      const row = rank[P.columns[e]];
      columns[fill[row]] = k;
      values[fill[row]++] = P.values[e];
    }
  }
  return { rowStart, columns, values };
}
