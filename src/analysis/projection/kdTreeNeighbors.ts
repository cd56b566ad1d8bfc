// Exact k-nearest neighbours of every row through a kd-tree on flat typed arrays (no node objects).
// Used by t-SNE (perplexity neighbours) and UMAP (kNN graph); fast for the low-dimensional feature sets we cluster.

import type { Matrix } from '../matrix';

export type NeighborMetric = 'euclidean' | 'manhattan';

/** Row i's neighbours are indices[i*k .. i*k+k), nearest first; distances are true (not squared) distances. */
export interface NeighborTable {
  indices: Int32Array;
  distances: Float64Array;
  k: number;
}

interface KdTree {
  points: Float64Array;
  order: Int32Array;
  start: Int32Array;
  end: Int32Array;
  left: Int32Array;
  right: Int32Array;
  lo: Float64Array;
  hi: Float64Array;
}

function buildKdTree(X: Matrix, leafSize: number): KdTree {
  const { rows: n, cols: d, data } = X;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const maxNodes = 2 * Math.max(1, Math.ceil(n / Math.max(1, leafSize >> 1))) + 1;
  const start = new Int32Array(maxNodes);
  const end = new Int32Array(maxNodes);
  const left = new Int32Array(maxNodes).fill(-1);
  const right = new Int32Array(maxNodes).fill(-1);
  const lo = new Float64Array(maxNodes * d);
  const hi = new Float64Array(maxNodes * d);
  let nodeCount = 0;

  const build = (s: number, e: number): number => {
    const node = nodeCount++;
    start[node] = s;
    end[node] = e;
    let widest = 0;
    let width = -1;
    for (let j = 0; j < d; j++) {
      let mn = Infinity;
      let mx = -Infinity;
      for (let p = s; p < e; p++) {
        const v = data[order[p] * d + j];
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      lo[node * d + j] = mn;
      hi[node * d + j] = mx;
      if (mx - mn > width) { width = mx - mn; widest = j; }
    }
    if (e - s <= leafSize || width <= 0) return node;
    const mid = (s + e) >> 1;
    selectNth(order, data, d, widest, s, e - 1, mid);
    left[node] = build(s, mid);
    right[node] = build(mid, e);
    return node;
  };
  build(0, n);
  const points = new Float64Array(n * d);
  for (let p = 0; p < n; p++) points.set(data.subarray(order[p] * d, order[p] * d + d), p * d);
  return { points, order, start, end, left, right, lo, hi };
}

/** Quickselect on order[s..e] by coordinate `axis` so that position `nth` holds its order statistic. */
function selectNth(order: Int32Array, data: Float64Array, d: number, axis: number, s: number, e: number, nth: number): void {
  while (e > s) {
    const pivot = data[order[(s + e) >> 1] * d + axis];
    let i = s;
    let j = e;
    while (i <= j) {
      while (data[order[i] * d + axis] < pivot) i++;
      while (data[order[j] * d + axis] > pivot) j--;
      if (i <= j) { const t = order[i]; order[i] = order[j]; order[j] = t; i++; j--; }
    }
    if (nth <= j) e = j;
    else if (nth >= i) s = i;
    else return;
  }
}

/**
 * The k nearest other rows of every row (the row itself excluded unless includeSelf, in which case it
 * comes first with distance 0, as umap-learn's kNN does).
 */
export function kNearestNeighbors(X: Matrix, k: number, metric: NeighborMetric = 'euclidean', includeSelf = false,
  onRow?: (done: number) => void): NeighborTable {
  const { rows: n, cols: d } = X;
  const kk = Math.min(k, includeSelf ? n : n - 1);
  const tree = buildKdTree(X, 24);
  const { points, order, start, end, left, right, lo, hi } = tree;
  const manhattan = metric === 'manhattan';
  const heapDist = new Float64Array(kk);
  const heapIdx = new Int32Array(kk);
  const indices = new Int32Array(n * kk);
  const distances = new Float64Array(n * kk);
  let size = 0;
  let q = 0; // offset of the query row in points
  let self = -1;
  let query = -1;
  // Marks rows already offered to the current query's heap (the warm start below may offer them twice).
  const seen = new Int32Array(n).fill(-1);

  const boxDistance = (node: number): number => {
    let s = 0;
    const o = node * d;
    for (let j = 0; j < d; j++) {
      const v = points[q + j];
      let diff = 0;
      if (v < lo[o + j]) diff = lo[o + j] - v;
      else if (v > hi[o + j]) diff = v - hi[o + j];
      s += manhattan ? diff : diff * diff;
    }
    return s;
  };
  const push = (dist: number, idx: number): void => {
    // Max-heap on distance holding the best kk so far.
    let i: number;
    if (size < kk) { i = size++; } else {
      // Replace the root and sift down.
      i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const c = r < size && heapDist[r] > heapDist[l] ? r : l;
        if (heapDist[c] <= dist) break;
        heapDist[i] = heapDist[c]; heapIdx[i] = heapIdx[c]; i = c;
      }
      heapDist[i] = dist; heapIdx[i] = idx;
      return;
    }
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heapDist[p] >= dist) break;
      heapDist[i] = heapDist[p]; heapIdx[i] = heapIdx[p]; i = p;
    }
    heapDist[i] = dist; heapIdx[i] = idx;
  };
  const search = (node: number): void => {
    const l = left[node];
    if (l < 0) {
      for (let p = start[node], e = end[node]; p < e; p++) {
        if (p === self || seen[p] === query) continue;
        // Partial distances: give up on a row as soon as it cannot enter the heap.
        const bound = size < kk ? Infinity : heapDist[0];
        let s = 0;
        const o = p * d;
        let j = 0;
        if (manhattan) {
          for (; j < d; j++) { s += Math.abs(points[o + j] - points[q + j]); if ((j & 3) === 3 && s >= bound) break; }
        } else {
          for (; j < d; j++) { const t = points[o + j] - points[q + j]; s += t * t; if ((j & 3) === 3 && s >= bound) break; }
        }
        if (s < bound) { seen[p] = query; push(s, p); }
      }
      return;
    }
    const r = right[node];
    const dl = boxDistance(l);
    const dr = boxDistance(r);
    if (dl <= dr) {
      if (size < kk || dl < heapDist[0]) search(l);
      if (size < kk || dr < heapDist[0]) search(r);
    } else {
      if (size < kk || dr < heapDist[0]) search(r);
      if (size < kk || dl < heapDist[0]) search(l);
    }
  };
  const sortedDist = new Float64Array(kk);
  const sortedIdx = new Int32Array(kk);
  for (let p = 0; p < n; p++) {
    q = p * d;
    self = includeSelf ? -1 : p;
    size = 0;
    query = p;
    // Rows are visited in tree order, so the previous row's neighbours make a tight starting bound.
    if (p > 0) {
      for (let m = -1; m < kk; m++) {
        const c = m < 0 ? p - 1 : sortedIdx[m];
        if (c === self || seen[c] === query) continue;
        let s = 0;
        const o = c * d;
        if (manhattan) for (let j = 0; j < d; j++) s += Math.abs(points[o + j] - points[q + j]);
        else for (let j = 0; j < d; j++) { const t = points[o + j] - points[q + j]; s += t * t; }
        if (size < kk || s < heapDist[0]) { seen[c] = query; push(s, c); }
      }
    }
    search(0);
    // Pop the heap into ascending order.
    for (let m = size - 1; m >= 0; m--) {
      sortedDist[m] = heapDist[0];
      sortedIdx[m] = heapIdx[0];
      const lastD = heapDist[size - 1];
      const lastI = heapIdx[size - 1];
      size--;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const c = r < size && heapDist[r] > heapDist[l] ? r : l;
        if (heapDist[c] <= lastD) break;
        heapDist[i] = heapDist[c]; heapIdx[i] = heapIdx[c]; i = c;
      }
      heapDist[i] = lastD; heapIdx[i] = lastI;
    }
    const row = order[p] * kk;
    for (let m = 0; m < kk; m++) {
      indices[row + m] = order[sortedIdx[m]];
      distances[row + m] = manhattan ? sortedDist[m] : Math.sqrt(sortedDist[m]);
    }
    if (includeSelf && kk > 0 && indices[row] !== order[p]) moveSelfFirst(indices, distances, row, kk, order[p]);
    // Every 1024 rows: progress and the stop check (100k rows take seconds here).
    if (onRow && (p & 1023) === 0) onRow(p);
  }
  return { indices, distances, k: kk };
}

/** With duplicates the row itself may tie with another row at distance 0; put it first like umap-learn. */
function moveSelfFirst(indices: Int32Array, distances: Float64Array, row: number, k: number, self: number): void {
  let at = -1;
  for (let m = 0; m < k; m++) if (indices[row + m] === self) { at = m; break; }
  if (at < 0) at = k - 1;
  for (let m = at; m > 0; m--) { indices[row + m] = indices[row + m - 1]; distances[row + m] = distances[row + m - 1]; }
  indices[row] = self;
  distances[row] = 0;
}
