// Barnes-Hut quadtree for 2-d t-SNE, kept in one flat Float64Array (no node objects) and rebuilt in place
// every iteration; also sums the repulsive forces by the theta criterion, as sklearn's _quad_tree.

const MAX_DEPTH = 60;
// The tree being built: one Float64Array record per node, child and point links in Int32Arrays.
const STRIDE = 6;
const MASS_X = 0, MASS_Y = 1, COUNT = 2, WIDTH = 3, CENTER_X = 4, CENTER_Y = 5;
// The depth-first copy read by traversals: mass x, mass y, count, width^2 or -1 for a leaf (plus, in Int32Arrays so that
// indices stay integers, the index just past the subtree and the leaf's point).
const FLAT_STRIDE = 4;

export class QuadTree {
  private nodes: Float64Array = new Float64Array(0);
  /** Index of a node's first child (the four are consecutive), -1 for a leaf. */
  private firstChild: Int32Array = new Int32Array(0);
  /** A leaf's resident point, -1 when empty or internal. */
  private point: Int32Array = new Int32Array(0);
  private used = 0;
  private flat: Float64Array = new Float64Array(0);
  private flatNext: Int32Array = new Int32Array(0);
  private flatPoint: Int32Array = new Int32Array(0);
  private flatCount = 0;
  private ordered = 0;

  constructor(expectedPoints: number) {
    this.grow(Math.max(16, 4 * expectedPoints));
  }

  /**
   * Rebuilds the tree over the n points of a row-major (x, y) array, inserting them in `order` (the last
   * iteration's leaf order keeps insertions cache-friendly; the tree does not depend on it).
   */
  build(Y: Float64Array, n: number, order: Int32Array): void {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = Y[2 * i], y = Y[2 * i + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const width = Math.max(maxX - minX, maxY - minY, 1e-12) * (1 + 2e-3);
    this.used = 0;
    this.newNode((minX + maxX) / 2, (minY + maxY) / 2, width);
    for (let r = 0; r < n; r++) this.insert(Y, order[r]);
    const t = this.nodes;
    for (let o = 0; o < this.used * STRIDE; o += STRIDE) {
      const count = t[o + COUNT];
      if (count > 0) { t[o + MASS_X] /= count; t[o + MASS_Y] /= count; }
    }
  }

  private newNode(cx: number, cy: number, width: number): number {
    if (this.used >= this.firstChild.length) this.grow(2 * this.firstChild.length);
    const c = this.used++;
    const o = c * STRIDE;
    const t = this.nodes;
    t[o + MASS_X] = 0; t[o + MASS_Y] = 0; t[o + COUNT] = 0; t[o + WIDTH] = width;
    t[o + CENTER_X] = cx; t[o + CENTER_Y] = cy;
    this.firstChild[c] = -1;
    this.point[c] = -1;
    return c;
  }

  /** The child of node c that contains (x, y). */
  private childOf(c: number, x: number, y: number): number {
    const t = this.nodes;
    return this.firstChild[c] + (x > t[c * STRIDE + CENTER_X] ? 1 : 0) + (y > t[c * STRIDE + CENTER_Y] ? 2 : 0);
  }

  private insert(Y: Float64Array, i: number): void {
    const x = Y[2 * i], y = Y[2 * i + 1];
    let c = 0;
    let depth = 0;
    for (;;) {
      let t = this.nodes;
      const o = c * STRIDE;
      t[o + MASS_X] += x; t[o + MASS_Y] += y; t[o + COUNT] += 1;
      if (this.firstChild[c] >= 0) { c = this.childOf(c, x, y); depth++; continue; }
      const resident = this.point[c];
      if (resident < 0) { this.point[c] = i; return; }
      const rx = Y[2 * resident], ry = Y[2 * resident + 1];
      // Duplicates (and points too close to split further) share one leaf; its count carries their weight.
      if ((rx === x && ry === y) || depth >= MAX_DEPTH) return;
      this.subdivide(c);
      t = this.nodes;
      const moved = this.childOf(c, rx, ry);
      const others = t[o + COUNT] - 1;
      const m = moved * STRIDE;
      this.point[moved] = resident;
      t[m + MASS_X] = rx * others;
      t[m + MASS_Y] = ry * others;
      t[m + COUNT] = others;
      this.point[c] = -1;
      c = this.childOf(c, x, y);
      depth++;
    }
  }

  private subdivide(c: number): void {
    const o = c * STRIDE;
    const width = this.nodes[o + WIDTH] / 2;
    const h = width / 2;
    const cx = this.nodes[o + CENTER_X], cy = this.nodes[o + CENTER_Y];
    const first = this.newNode(cx - h, cy - h, width);
    this.newNode(cx + h, cy - h, width);
    this.newNode(cx - h, cy + h, width);
    this.newNode(cx + h, cy + h, width);
    this.firstChild[c] = first;
  }

  /**
   * Lays the non-empty nodes out again in depth-first order, each with the index just past its subtree,
   * so that a traversal is a forward scan (descend = next record, summarise = jump) with no stack; also
   * writes the point indices in that leaf order, which keeps consecutive traversals' nodes in cache.
   */
  compact(order: Int32Array): void {
    if (this.flatNext.length < this.used) {
      const records = this.firstChild.length;
      this.flat = new Float64Array(records * FLAT_STRIDE);
      this.flatNext = new Int32Array(records);
      this.flatPoint = new Int32Array(records);
    }
    this.flatCount = 0;
    this.ordered = 0;
    this.emit(0, order);
    // Duplicates share a leaf with one resident point; they keep their place after the tree-ordered ones.
    if (this.ordered < order.length) {
      const placed = new Uint8Array(order.length);
      for (let w = 0; w < this.ordered; w++) placed[order[w]] = 1;
      for (let i = 0; i < order.length; i++) if (!placed[i]) order[this.ordered++] = i;
    }
  }

  private emit(c: number, order: Int32Array): void {
    const t = this.nodes;
    const f = this.flat;
    const index = this.flatCount++;
    const o = c * STRIDE;
    const r = index * FLAT_STRIDE;
    const width = t[o + WIDTH];
    f[r] = t[o + MASS_X]; f[r + 1] = t[o + MASS_Y]; f[r + 2] = t[o + COUNT];
    const first = this.firstChild[c];
    f[r + 3] = first >= 0 ? width * width : -1;
    this.flatPoint[index] = this.point[c];
    if (first >= 0) {
      for (let child = first; child < first + 4; child++) if (t[child * STRIDE + COUNT] > 0) this.emit(child, order);
    } else if (this.point[c] >= 0) {
      order[this.ordered++] = this.point[c];
    }
    this.flatNext[index] = this.flatCount;
  }

  /**
   * Adds the unnormalised repulsion on point i at (x, y) to force[2i], force[2i+1] and returns its share
   * of Z = sum q_ij, summarising a cell by its centre of mass when width^2 / dist^2 < theta^2.
   * Needs compact() after build().
   */
  repulsion(x: number, y: number, thetaSquared: number, force: Float64Array, i: number): number {
    const f = this.flat;
    const next = this.flatNext;
    const point = this.flatPoint;
    const end = this.flatCount;
    let sumQ = 0, fx = 0, fy = 0;
    let index = 0;
    while (index < end) {
      const r = index * FLAT_STRIDE;
      const dx = x - f[r];
      const dy = y - f[r + 1];
      const dist2 = dx * dx + dy * dy;
      // Leaves store width^2 = -1, so they always pass; a point does not repel itself, only the
      // duplicates sharing its leaf (a self-only leaf adds 0 * q).
      if (f[r + 3] < thetaSquared * dist2) {
        const size = point[index] === i ? f[r + 2] - 1 : f[r + 2];
        const q = 1 / (1 + dist2);
        sumQ += size * q;
        const mult = size * q * q;
        fx += mult * dx;
        fy += mult * dy;
        index = next[index];
      } else {
        index++;
      }
    }
    force[2 * i] += fx;
    force[2 * i + 1] += fy;
    return sumQ;
  }

  private grow(records: number): void {
    const nodes = new Float64Array(records * STRIDE);
    nodes.set(this.nodes.subarray(0, this.used * STRIDE));
    const firstChild = new Int32Array(records);
    firstChild.set(this.firstChild.subarray(0, this.used));
    const point = new Int32Array(records);
    point.set(this.point.subarray(0, this.used));
    this.nodes = nodes;
    this.firstChild = firstChild;
    this.point = point;
  }
}
