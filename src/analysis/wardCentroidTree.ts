// A kd-tree over weighted cluster centroids that answers Ward's nearest-neighbour query while
// clusters merge: removals, moved centroids (boxes grow) and a rebuild whenever half the clusters are gone.

/**
 * Leaves own contiguous runs of slots; a slot holds one live cluster's centroid and inverse weight.
 * Every node keeps a bounding box of its clusters and an upper bound on their inverse weights, which
 * give a lower bound on the Ward criterion |c_p - c_q|^2 / (1/w_p + 1/w_q) of anything inside.
 */
export class WardCentroidTree {
  private readonly d: number;
  private readonly leafSize: number;
  private slotCoords: Float64Array = new Float64Array(0);
  private slotInverseWeight: Float64Array = new Float64Array(0);
  private slotId: Int32Array = new Int32Array(0);
  private readonly slotOf: Int32Array;
  private readonly leafOf: Int32Array;
  private lower: Float64Array = new Float64Array(0);
  private upper: Float64Array = new Float64Array(0);
  private maxInverseWeight: Float64Array = new Float64Array(0);
  private liveCount: Int32Array = new Int32Array(0);
  private left: Int32Array = new Int32Array(0);
  private right: Int32Array = new Int32Array(0);
  private parent: Int32Array = new Int32Array(0);
  private leafStart: Int32Array = new Int32Array(0);
  private leafLength: Int32Array = new Int32Array(0);
  private nodeCount = 0;
  private live = 0;
  private builtWith = 0;
  private stackNode: Int32Array = new Int32Array(0);
  private stackBound: Float64Array = new Float64Array(0);
  private readonly query: Float64Array;
  /** Criterion of the last nearest() answer. */
  foundValue = Infinity;

  /** `centroid` (id-major, d per id) and `inverseWeight` are read at build and update time. */
  constructor(private readonly centroid: Float64Array, private readonly inverseWeight: Float64Array, n: number, d: number, leafSize = 32) {
    this.d = d;
    this.leafSize = leafSize;
    this.slotOf = new Int32Array(n);
    this.leafOf = new Int32Array(n);
    this.query = new Float64Array(d);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = i;
    this.build(ids);
  }

  /** Rebuilds on the given live ids (tight boxes, balanced). */
  build(ids: Int32Array): void {
    const n = ids.length, d = this.d;
    const maxNodes = 2 * Math.ceil(n / this.leafSize) * 2 + 1;
    this.slotCoords = new Float64Array(n * d);
    this.slotInverseWeight = new Float64Array(n);
    this.slotId = new Int32Array(n);
    this.lower = new Float64Array(maxNodes * d);
    this.upper = new Float64Array(maxNodes * d);
    this.maxInverseWeight = new Float64Array(maxNodes);
    this.liveCount = new Int32Array(maxNodes);
    this.left = new Int32Array(maxNodes).fill(-1);
    this.right = new Int32Array(maxNodes).fill(-1);
    this.parent = new Int32Array(maxNodes).fill(-1);
    this.leafStart = new Int32Array(maxNodes);
    this.leafLength = new Int32Array(maxNodes);
    this.nodeCount = 0;
    this.live = n;
    this.builtWith = n;
    const order = Int32Array.from(ids);
    const centroid = this.centroid;
    const pending: number[] = [];
    const root = this.newNode(-1, 0, n);
    pending.push(root);
    while (pending.length) {
      const node = pending.pop() as number;
      const start = this.leafStart[node], end = start + this.leafLength[node];
      this.fitBox(node, order, start, end);
      let splitDim = 0, widest = 0;
      for (let j = 0; j < d; j++) {
        const width = this.upper[node * d + j] - this.lower[node * d + j];
        if (width > widest) { widest = width; splitDim = j; }
      }
      if (end - start <= this.leafSize || widest <= 0) {
        for (let s = start; s < end; s++) this.placeSlot(s, order[s], node);
        continue;
      }
      const mid = (start + end) >> 1;
      selectNth(order, centroid, d, start, end, mid, splitDim);
      const a = this.newNode(node, start, mid - start);
      const b = this.newNode(node, mid, end - mid);
      this.left[node] = a;
      this.right[node] = b;
      this.leafLength[node] = 0;
      pending.push(a, b);
    }
    this.stackNode = new Int32Array(this.nodeCount + 1);
    this.stackBound = new Float64Array(this.nodeCount + 1);
  }

  private newNode(parent: number, start: number, length: number): number {
    const node = this.nodeCount++;
    this.parent[node] = parent;
    this.leafStart[node] = start;
    this.leafLength[node] = length;
    this.liveCount[node] = length;
    return node;
  }

  private fitBox(node: number, order: Int32Array, start: number, end: number): void {
    const d = this.d, c = this.centroid, base = node * d;
    let maxInverse = 0;
    for (let j = 0; j < d; j++) { this.lower[base + j] = Infinity; this.upper[base + j] = -Infinity; }
    for (let s = start; s < end; s++) {
      const id = order[s];
      for (let j = 0; j < d; j++) {
        const v = c[id * d + j];
        if (v < this.lower[base + j]) this.lower[base + j] = v;
        if (v > this.upper[base + j]) this.upper[base + j] = v;
      }
      if (this.inverseWeight[id] > maxInverse) maxInverse = this.inverseWeight[id];
    }
    this.maxInverseWeight[node] = maxInverse;
  }

  private placeSlot(slot: number, id: number, leaf: number): void {
    const d = this.d;
    for (let j = 0; j < d; j++) this.slotCoords[slot * d + j] = this.centroid[id * d + j];
    this.slotInverseWeight[slot] = this.inverseWeight[id];
    this.slotId[slot] = id;
    this.slotOf[id] = slot;
    this.leafOf[id] = leaf;
  }

  /** Forgets a cluster that was merged away. */
  remove(id: number): void {
    const leaf = this.leafOf[id];
    const slot = this.slotOf[id];
    const last = this.leafStart[leaf] + this.leafLength[leaf] - 1;
    if (slot !== last) this.placeSlot(slot, this.slotId[last], leaf);
    this.leafLength[leaf]--;
    for (let node = leaf; node >= 0; node = this.parent[node]) this.liveCount[node]--;
    this.live--;
  }

  /** Takes a cluster's new centroid and weight (after a merge); weights only grow, so bounds stay valid. */
  update(id: number): void {
    const d = this.d, slot = this.slotOf[id];
    for (let j = 0; j < d; j++) this.slotCoords[slot * d + j] = this.centroid[id * d + j];
    this.slotInverseWeight[slot] = this.inverseWeight[id];
    // Grow boxes up to the first ancestor that already contains the centroid.
    for (let node = this.leafOf[id]; node >= 0; node = this.parent[node]) {
      let grew = false;
      for (let j = 0; j < d; j++) {
        const v = this.centroid[id * d + j];
        if (v < this.lower[node * d + j]) { this.lower[node * d + j] = v; grew = true; }
        if (v > this.upper[node * d + j]) { this.upper[node * d + j] = v; grew = true; }
      }
      if (!grew) break;
    }
  }

  /** Rebuilds once half the clusters it was built with are gone, so boxes stay tight. */
  maybeRebuild(): void {
    if (this.live >= 64 && this.live * 2 < this.builtWith) {
      const ids = new Int32Array(this.live);
      let k = 0;
      for (let leaf = 0; leaf < this.nodeCount; leaf++) {
        if (this.left[leaf] >= 0) continue;
        for (let s = this.leafStart[leaf], end = s + this.leafLength[leaf]; s < end; s++) ids[k++] = this.slotId[s];
      }
      this.build(ids);
    }
  }

  /**
   * The live cluster (other than p) with the smallest Ward criterion to p, strictly below `bestValue`
   * (returns `bestId` when none is); its criterion is left in foundValue.
   */
  nearest(p: number, bestId: number, bestValue: number): number {
    const d = this.d, q = this.query, coords = this.slotCoords, lower = this.lower, upper = this.upper;
    for (let j = 0; j < d; j++) q[j] = this.centroid[p * d + j];
    const inverseP = this.inverseWeight[p];
    const stackNode = this.stackNode, stackBound = this.stackBound;
    let top = 0;
    stackNode[top] = 0; stackBound[top++] = 0;
    while (top > 0) {
      top--;
      const node = stackNode[top];
      if (stackBound[top] >= bestValue || this.liveCount[node] === 0) continue;
      const a = this.left[node];
      if (a >= 0) {
        const b = this.right[node];
        const boundA = this.boxCriterion(a, q, inverseP, lower, upper);
        const boundB = this.boxCriterion(b, q, inverseP, lower, upper);
        // Push the farther child first so that the nearer one is searched first.
        if (boundA <= boundB) {
          if (boundB < bestValue) { stackNode[top] = b; stackBound[top++] = boundB; }
          if (boundA < bestValue) { stackNode[top] = a; stackBound[top++] = boundA; }
        } else {
          if (boundA < bestValue) { stackNode[top] = a; stackBound[top++] = boundA; }
          if (boundB < bestValue) { stackNode[top] = b; stackBound[top++] = boundB; }
        }
        continue;
      }
      for (let s = this.leafStart[node], end = s + this.leafLength[node]; s < end; s++) {
        const inverseQ = this.slotInverseWeight[s];
        const limit = bestValue * (inverseP + inverseQ);
        const base = s * d;
        let sum = 0, j = 0;
        for (; j < d; j++) {
          const t = coords[base + j] - q[j];
          sum += t * t;
          if (sum >= limit) break;
        }
        if (j === d && this.slotId[s] !== p) {
          bestValue = sum / (inverseP + inverseQ);
          bestId = this.slotId[s];
        }
      }
    }
    this.foundValue = bestValue;
    return bestId;
  }

  private boxCriterion(node: number, q: Float64Array, inverseP: number, lower: Float64Array, upper: Float64Array): number {
    const d = this.d, base = node * d;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = q[j];
      const below = lower[base + j] - v, above = v - upper[base + j];
      const gap = below > 0 ? below : above > 0 ? above : 0;
      s += gap * gap;
    }
    return s / (inverseP + this.maxInverseWeight[node]);
  }
}

/** Quickselect on order[start..end) by coordinate dim of the centroids. */
function selectNth(order: Int32Array, centroid: Float64Array, d: number, start: number, end: number, nth: number, dim: number): void {
  let lo = start, hi = end - 1;
  while (hi > lo) {
    const pivot = centroid[order[(lo + hi) >> 1] * d + dim];
    let i = lo, j = hi;
    while (i <= j) {
      while (centroid[order[i] * d + dim] < pivot) i++;
      while (centroid[order[j] * d + dim] > pivot) j--;
      if (i <= j) { const t = order[i]; order[i] = order[j]; order[j] = t; i++; j--; }
    }
    if (nth <= j) hi = j; else if (nth >= i) lo = i; else return;
  }
}
