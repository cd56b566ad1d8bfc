// Barnes-Hut repulsion with one tree walk per group of nearby points (Barnes 1990's grouped interaction lists):
// a cell is summarised only if it passes sklearn's theta test for every point of the group, then applied to each.

import type { FlatQuadTree } from './quadTree';

/**
 * Walks the tree once per group of at most `groupSize` points (a subtree) and keeps a cell whose
 * width^2 < theta^2 * dist^2 for the group's bounding box, the nearest any of its points can be to the cell's
 * centre of mass. Every kept cell thus meets sklearn's per-point criterion (angle = theta) for each point it
 * is applied to, so the approximation is never coarser than sklearn's; cells that only some points of the
 * group could summarise are opened, which is more exact.
 */
export class GroupedRepulsion {
  private cellX: Float64Array;
  private cellY: Float64Array;
  private cellCount: Float64Array;
  private reachedRoot = false;

  constructor(private readonly groupSize: number) {
    this.cellX = new Float64Array(0);
    this.cellY = new Float64Array(0);
    this.cellCount = new Float64Array(0);
  }

  /**
   * Adds to force[2i], force[2i+1] the unnormalised repulsion sum_j q_ij^2 (y_i - y_j) on every point and
   * returns Z = sum_ij q_ij (with q = 1 / (1 + d^2)); a point does not repel itself.
   */
  accumulate(tree: FlatQuadTree, Y: Float64Array, order: Int32Array, thetaSquared: number, force: Float64Array): number {
    const { records, next, nodeCount } = tree;
    if (this.cellX.length < nodeCount) this.reserve(nodeCount);
    let sumQ = 0;
    let node = 0;
    while (node < nodeCount) {
      const count = records[4 * node + 2];
      if (count > this.groupSize && records[4 * node + 3] >= 0) { node++; continue; }
      sumQ += this.group(tree, Y, order, node, thetaSquared, force);
      node = next[node];
    }
    return sumQ;
  }

  private group(tree: FlatQuadTree, Y: Float64Array, order: Int32Array, root: number, thetaSquared: number,
    force: Float64Array): number {
    const first = tree.firstPoint[root];
    const end = first + tree.records[4 * root + 2];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let p = first; p < end; p++) {
      const i = order[p];
      const x = Y[2 * i], y = Y[2 * i + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const cells = this.interactionList(tree, root, minX, minY, maxX, maxY, thetaSquared);
    const ownLeafListed = this.reachedRoot;
    const { cellX, cellY, cellCount } = this;
    let sumQ = 0;
    // Two points per pass over the cells: each cell is loaded once for both, and their divisions overlap.
    // An odd group's last point is paired with itself and stored once.
    for (let p = first; p < end; p += 2) {
      const i = order[p], j = order[p + 1 < end ? p + 1 : p];
      const xi = Y[2 * i], yi = Y[2 * i + 1], xj = Y[2 * j], yj = Y[2 * j + 1];
      let qi = 0, fxi = 0, fyi = 0, qj = 0, fxj = 0, fyj = 0;
      for (let e = 0; e < cells; e++) {
        const cx = cellX[e], cy = cellY[e], count = cellCount[e];
        const dxi = xi - cx, dyi = yi - cy;
        const q1 = 1 / (1 + dxi * dxi + dyi * dyi);
        const wi = count * q1;
        qi += wi;
        fxi += wi * q1 * dxi;
        fyi += wi * q1 * dyi;
        const dxj = xj - cx, dyj = yj - cy;
        const q2 = 1 / (1 + dxj * dxj + dyj * dyj);
        const wj = count * q2;
        qj += wj;
        fxj += wj * q2 * dxj;
        fyj += wj * q2 * dyj;
      }
      sumQ += this.store(tree, Y, i, qi, fxi, fyi, ownLeafListed, force);
      if (p + 1 < end) sumQ += this.store(tree, Y, j, qj, fxj, fyj, ownLeafListed, force);
    }
    return sumQ;
  }

  /**
   * Adds point i's sums to force and returns its share of Z; when its own leaf was among the cells, takes
   * the point itself back out of that leaf's weight (the leaf's other points, duplicates, stay).
   */
  private store(tree: FlatQuadTree, Y: Float64Array, i: number, q: number, fx: number, fy: number,
    ownLeafListed: boolean, force: Float64Array): number {
    if (ownLeafListed) {
      const r = 4 * tree.leafOf[i];
      const dx = Y[2 * i] - tree.records[r], dy = Y[2 * i + 1] - tree.records[r + 1];
      const self = 1 / (1 + dx * dx + dy * dy);
      q -= self;
      fx -= self * self * dx;
      fy -= self * self * dy;
    }
    force[2 * i] += fx;
    force[2 * i + 1] += fy;
    return q;
  }

  /**
   * Fills the cell buffers with the cells the group summarises and returns how many; sets reachedRoot when
   * the walk got down to the group's own subtree (no ancestor was summarised), whose leaves are then listed.
   */
  private interactionList(tree: FlatQuadTree, root: number, minX: number, minY: number, maxX: number, maxY: number,
    thetaSquared: number): number {
    const { records, next, nodeCount } = tree;
    const { cellX, cellY, cellCount } = this;
    let cells = 0;
    let node = 0;
    let reachedRoot = false;
    while (node < nodeCount) {
      if (node === root) reachedRoot = true;
      const r = 4 * node;
      const cx = records[r], cy = records[r + 1];
      // Distance from the centre of mass to the group's box (0 inside it): the smallest over the group.
      const dx = cx < minX ? minX - cx : cx > maxX ? cx - maxX : 0;
      const dy = cy < minY ? minY - cy : cy > maxY ? cy - maxY : 0;
      // Leaves store width^2 = -1, so they always pass.
      if (records[r + 3] < thetaSquared * (dx * dx + dy * dy)) {
        cellX[cells] = cx;
        cellY[cells] = cy;
        cellCount[cells++] = records[r + 2];
        node = next[node];
      } else {
        node++;
      }
    }
    this.reachedRoot = reachedRoot;
    return cells;
  }

  private reserve(nodes: number): void {
    this.cellX = new Float64Array(nodes);
    this.cellY = new Float64Array(nodes);
    this.cellCount = new Float64Array(nodes);
  }
}
