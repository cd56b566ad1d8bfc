// A kd-tree over the rows of a matrix for radius and k-nearest-neighbour queries (euclidean or
// manhattan), so that density methods avoid comparing all pairs. Cosine: query L2-normalised rows.
import type { Matrix } from './matrix';

export type KdMetric = 'euclidean' | 'manhattan';

/** Neighbour lists in compressed form: neighbours of query q are indices[offsets[q] .. offsets[q + 1]). */
export interface NeighbourLists {
  offsets: Int32Array;
  indices: Int32Array;
}

export class KdTree {
  readonly rows: number;
  readonly cols: number;
  /** Points copied in tree order, so that a leaf's points are contiguous in memory. */
  private readonly points: Float64Array;
  /** Original row index of each point in tree order. */
  private readonly order: Int32Array;
  private readonly nodeStart: number[] = [];
  private readonly nodeEnd: number[] = [];
  private readonly nodeLeft: number[] = [];
  private readonly nodeRight: number[] = [];
  /** Bounding box of every node: lower[node * cols + j], upper[node * cols + j]. */
  private lower: Float64Array;
  private upper: Float64Array;
  private readonly stack: Int32Array;

  constructor(X: Matrix, leafSize = 24) {
    const { rows: n, cols: d } = X;
    this.rows = n;
    this.cols = d;
    this.order = new Int32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    const maxNodes = 2 * Math.ceil(n / Math.max(1, leafSize)) + 1;
    this.lower = new Float64Array(maxNodes * d);
    this.upper = new Float64Array(maxNodes * d);
    this.build(X, Math.max(1, leafSize));
    this.points = new Float64Array(n * d);
    for (let i = 0; i < n; i++) this.points.set(X.data.subarray(this.order[i] * d, this.order[i] * d + d), i * d);
    this.stack = new Int32Array(4 * Math.ceil(Math.log2(n + 2)) + 64);
  }

  private build(X: Matrix, leafSize: number): void {
    const { data } = X;
    const d = this.cols;
    const pending: number[] = [this.addNode(0, this.rows, data)];
    while (pending.length) {
      const node = pending.pop() as number;
      const start = this.nodeStart[node], end = this.nodeEnd[node];
      if (end - start <= leafSize) continue;
      // Split the widest dimension of the box at the median, like scikit-learn's KDTree.
      let splitDim = 0, widest = -1;
      for (let j = 0; j < d; j++) {
        const width = this.upper[node * d + j] - this.lower[node * d + j];
        if (width > widest) { widest = width; splitDim = j; }
      }
      if (widest <= 0) continue;
      const mid = (start + end) >> 1;
      this.selectNth(data, start, end, mid, splitDim);
      const left = this.addNode(start, mid, data);
      const right = this.addNode(mid, end, data);
      this.nodeLeft[node] = left;
      this.nodeRight[node] = right;
      pending.push(left, right);
    }
  }

  private addNode(start: number, end: number, data: Float64Array): number {
    const node = this.nodeStart.length;
    const d = this.cols;
    if ((node + 1) * d > this.lower.length) {
      const grownLower = new Float64Array(this.lower.length * 2 + d);
      grownLower.set(this.lower);
      this.lower = grownLower;
      const grownUpper = new Float64Array(this.upper.length * 2 + d);
      grownUpper.set(this.upper);
      this.upper = grownUpper;
    }
    this.nodeStart.push(start);
    this.nodeEnd.push(end);
    this.nodeLeft.push(-1);
    this.nodeRight.push(-1);
    for (let j = 0; j < d; j++) { this.lower[node * d + j] = Infinity; this.upper[node * d + j] = -Infinity; }
    for (let i = start; i < end; i++) {
      const base = this.order[i] * d;
      for (let j = 0; j < d; j++) {
        const v = data[base + j];
        if (v < this.lower[node * d + j]) this.lower[node * d + j] = v;
        if (v > this.upper[node * d + j]) this.upper[node * d + j] = v;
      }
    }
    return node;
  }

  /** Quickselect on this.order[start..end) so that position nth holds the median along dim. */
  private selectNth(data: Float64Array, start: number, end: number, nth: number, dim: number): void {
    const order = this.order, d = this.cols;
    let lo = start, hi = end - 1;
    while (hi > lo) {
      const pivot = data[order[(lo + hi) >> 1] * d + dim];
      let i = lo, j = hi;
      while (i <= j) {
        while (data[order[i] * d + dim] < pivot) i++;
        while (data[order[j] * d + dim] > pivot) j--;
        if (i <= j) { const t = order[i]; order[i] = order[j]; order[j] = t; i++; j--; }
      }
      if (nth <= j) hi = j; else if (nth >= i) lo = i; else return;
    }
  }

  /**
   * Calls visit(row) for every indexed row within `radius` (inclusive) of the query point
   * query[offset .. offset + cols), in tree order.
   */
  radiusNeighbours(query: Float64Array, offset: number, radius: number, metric: KdMetric, visit: (row: number) => void): void {
    const d = this.cols, points = this.points, order = this.order;
    const euclidean = metric === 'euclidean';
    const bound = euclidean ? radius * radius : radius;
    const stack = this.stack;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (this.pointToBox(query, offset, node, euclidean) > bound) continue;
      const left = this.nodeLeft[node];
      if (left >= 0) {
        stack[top++] = this.nodeRight[node];
        stack[top++] = left;
        continue;
      }
      for (let i = this.nodeStart[node], end = this.nodeEnd[node]; i < end; i++) {
        const base = i * d;
        let sum = 0;
        if (euclidean) {
          for (let j = 0; j < d; j++) { const t = points[base + j] - query[offset + j]; sum += t * t; }
        } else {
          for (let j = 0; j < d; j++) sum += Math.abs(points[base + j] - query[offset + j]);
        }
        if (sum <= bound) visit(order[i]);
      }
    }
  }

  /**
   * Radius neighbours of every indexed row among the indexed rows, the row itself included (DBSCAN's
   * eps-neighbourhoods). Works on pairs of leaves: the leaves within reach of a leaf's box are found
   * once for all its points, and each pair of leaves is compared once (neighbourhood is symmetric).
   * onProgress gets the rows done so far.
   */
  selfRadiusNeighbourLists(radius: number, metric: KdMetric, onProgress?: (rowsDone: number) => void): NeighbourLists {
    const n = this.rows, d = this.cols, points = this.points, order = this.order;
    const euclidean = metric === 'euclidean';
    const bound = euclidean ? radius * radius : radius;
    // Pairs (tree positions, first < second) within reach; each point's own pair is implicit.
    let first = new Int32Array(Math.max(16, n * 4));
    let second = new Int32Array(first.length);
    let used = 0;
    const reserve = (extra: number): void => {
      if (used + extra <= first.length) return;
      const size = Math.max(first.length * 2, used + extra);
      const a = new Int32Array(size); a.set(first.subarray(0, used)); first = a;
      const b = new Int32Array(size); b.set(second.subarray(0, used)); second = b;
    };
    const candidates: number[] = [];
    const whole: boolean[] = [];
    let done = 0;
    for (let leaf = 0; leaf < this.nodeStart.length; leaf++) {
      if (this.nodeLeft[leaf] >= 0) continue;
      onProgress?.(done);
      this.leavesWithinReach(leaf, bound, euclidean, candidates, whole);
      const start = this.nodeStart[leaf], end = this.nodeEnd[leaf];
      for (let c = 0; c < candidates.length; c++) {
        const other = candidates[c];
        if (other < leaf) continue;
        const oStart = this.nodeStart[other], oEnd = this.nodeEnd[other];
        const same = other === leaf;
        reserve((end - start) * (oEnd - oStart));
        for (let i = start; i < end; i++) {
          const from = same ? i + 1 : oStart;
          if (whole[c]) {
            for (let k = from; k < oEnd; k++) { first[used] = i; second[used++] = k; }
            continue;
          }
          const qBase = i * d;
          if (!same && this.pointToBox(points, qBase, other, euclidean) > bound) continue;
          for (let k = from; k < oEnd; k++) {
            const base = k * d;
            let sum = 0;
            // Stop summing once the point is out of reach.
            if (euclidean) {
              for (let j = 0; j < d && sum <= bound; j++) { const t = points[base + j] - points[qBase + j]; sum += t * t; }
            } else {
              for (let j = 0; j < d && sum <= bound; j++) sum += Math.abs(points[base + j] - points[qBase + j]);
            }
            if (sum <= bound) { first[used] = i; second[used++] = k; }
          }
        }
      }
      done += end - start;
    }
    // Compressed lists by row: the row itself, then its pairs in both directions.
    const offsets = new Int32Array(n + 1);
    for (let r = 0; r < n; r++) offsets[r + 1] = 1;
    for (let e = 0; e < used; e++) { offsets[order[first[e]] + 1]++; offsets[order[second[e]] + 1]++; }
    for (let r = 0; r < n; r++) offsets[r + 1] += offsets[r];
    const fill = offsets.slice(0, n);
    const indices = new Int32Array(offsets[n]);
    for (let r = 0; r < n; r++) indices[fill[r]++] = r;
    for (let e = 0; e < used; e++) {
      const a = order[first[e]], b = order[second[e]];
      indices[fill[a]++] = b;
      indices[fill[b]++] = a;
    }
    return { offsets, indices };
  }

  /** Leaves whose box comes within reach of the leaf's box; whole[c] when every pair is within reach. */
  private leavesWithinReach(leaf: number, bound: number, euclidean: boolean, out: number[], whole: boolean[]): void {
    out.length = 0;
    whole.length = 0;
    const d = this.cols, lower = this.lower, upper = this.upper, lb = leaf * d;
    const stack = this.stack;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      const nb = node * d;
      let near = 0, far = 0;
      for (let j = 0; j < d; j++) {
        const a = lower[nb + j] - upper[lb + j], b = lower[lb + j] - upper[nb + j];
        const gap = a > 0 ? a : b > 0 ? b : 0;
        const x = upper[nb + j] - lower[lb + j], y = upper[lb + j] - lower[nb + j];
        const farGap = x > y ? x : y;
        if (euclidean) { near += gap * gap; far += farGap * farGap; } else { near += gap; far += farGap; }
      }
      if (near > bound) continue;
      const left = this.nodeLeft[node];
      if (left >= 0) {
        stack[top++] = this.nodeRight[node];
        stack[top++] = left;
        continue;
      }
      out.push(node);
      whole.push(far <= bound);
    }
  }

  /** Lower bound on the distance (squared for euclidean) from a point to a node's box. */
  private pointToBox(query: Float64Array, offset: number, node: number, euclidean: boolean): number {
    const d = this.cols, nb = node * d;
    let near = 0;
    for (let j = 0; j < d; j++) {
      const q = query[offset + j];
      const below = this.lower[nb + j] - q, above = q - this.upper[nb + j];
      const gap = below > 0 ? below : above > 0 ? above : 0;
      near += euclidean ? gap * gap : gap;
    }
    return near;
  }

  /**
   * The nearest indexed row to the query (squared distance for euclidean in lastDistance), starting
   * from a known candidate (initialRow at initialDistance, or -1 and Infinity): a good start prunes
   * most of the tree.
   */
  nearest(query: Float64Array, offset: number, metric: KdMetric, initialRow: number, initialDistance: number): number {
    const d = this.cols, points = this.points, order = this.order;
    const euclidean = metric === 'euclidean';
    let best = initialRow, bestDistance = initialDistance;
    const stack = this.stack;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (this.pointToBox(query, offset, node, euclidean) >= bestDistance) continue;
      const left = this.nodeLeft[node];
      if (left >= 0) {
        const right = this.nodeRight[node];
        if (this.pointToBox(query, offset, left, euclidean) <= this.pointToBox(query, offset, right, euclidean)) {
          stack[top++] = right; stack[top++] = left;
        } else {
          stack[top++] = left; stack[top++] = right;
        }
        continue;
      }
      for (let i = this.nodeStart[node], end = this.nodeEnd[node]; i < end; i++) {
        const base = i * d;
        let s = 0, j = 0;
        for (; j < d && s < bestDistance; j++) {
          const t = points[base + j] - query[offset + j];
          s += euclidean ? t * t : Math.abs(t);
        }
        if (j === d && s < bestDistance) { bestDistance = s; best = order[i]; }
      }
    }
    this.lastDistance = bestDistance;
    return best;
  }

  /** Distance of the last nearest() answer (squared for euclidean). */
  lastDistance = Infinity;

  /**
   * The k nearest indexed rows of the query point, nearest first, written to outIndex / outDistance
   * (length >= k). A query equal to an indexed row finds that row at distance 0.
   */
  kNearest(query: Float64Array, offset: number, k: number, metric: KdMetric, outIndex: Int32Array, outDistance: Float64Array): void {
    const d = this.cols, points = this.points;
    const euclidean = metric === 'euclidean';
    // Max-heap on distance (squared for euclidean) of the best k so far.
    const heapDistance = outDistance, heapIndex = outIndex;
    let size = 0;
    const stack = this.stack;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (size === k && this.pointToBox(query, offset, node, euclidean) >= heapDistance[0]) continue;
      const left = this.nodeLeft[node];
      if (left >= 0) {
        const right = this.nodeRight[node];
        // Visit the child on the query's side of the split first: push it last.
        if (this.pointToBox(query, offset, left, euclidean) <= this.pointToBox(query, offset, right, euclidean)) {
          stack[top++] = right; stack[top++] = left;
        } else {
          stack[top++] = left; stack[top++] = right;
        }
        continue;
      }
      for (let i = this.nodeStart[node], end = this.nodeEnd[node]; i < end; i++) {
        const base = i * d;
        let s = 0;
        if (euclidean) {
          for (let j = 0; j < d; j++) { const t = points[base + j] - query[offset + j]; s += t * t; }
        } else {
          for (let j = 0; j < d; j++) s += Math.abs(points[base + j] - query[offset + j]);
        }
        if (size < k) {
          heapPush(heapDistance, heapIndex, size++, s, this.order[i]);
        } else if (s < heapDistance[0]) {
          heapReplaceTop(heapDistance, heapIndex, size, s, this.order[i]);
        }
      }
    }
    // Heap-sort in place: ascending distances.
    for (let end = size - 1; end > 0; end--) {
      const topDistance = heapDistance[0], topIndex = heapIndex[0];
      heapReplaceTop(heapDistance, heapIndex, end, heapDistance[end], heapIndex[end]);
      heapDistance[end] = topDistance;
      heapIndex[end] = topIndex;
    }
    if (euclidean) for (let i = 0; i < size; i++) heapDistance[i] = Math.sqrt(heapDistance[i]);
  }
}

function heapPush(dist: Float64Array, index: Int32Array, size: number, value: number, row: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (dist[parent] >= value) break;
    dist[i] = dist[parent];
    index[i] = index[parent];
    i = parent;
  }
  dist[i] = value;
  index[i] = row;
}

/** Replaces the largest of the first `size` heap entries and sifts down. */
function heapReplaceTop(dist: Float64Array, index: Int32Array, size: number, value: number, row: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && dist[right] > dist[left] ? right : left;
    if (dist[child] <= value) break;
    dist[i] = dist[child];
    index[i] = index[child];
    i = child;
  }
  dist[i] = value;
  index[i] = row;
}
