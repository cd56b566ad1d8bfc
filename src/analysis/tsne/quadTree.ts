// Barnes-Hut quadtree for 2-d t-SNE, kept in one flat Float64Array (no node objects) and rebuilt in place
// every iteration; also sums the repulsive forces by the theta criterion, as sklearn's _quad_tree.

const MAX_DEPTH = 60;
// One node is one 64-byte record, so a traversal step touches a single cache line.
const STRIDE = 8;
const MASS_X = 0, MASS_Y = 1, COUNT = 2, WIDTH = 3, FIRST_CHILD = 4, POINT = 5, CENTER_X = 6, CENTER_Y = 7;
// The depth-first copy read by traversals: mass x, mass y, count, width^2, index past the subtree, point.
const FLAT_STRIDE = 6;

export class QuadTree {
  private nodes: Float64Array = new Float64Array(0);
  private used = 0;
  private flat: Float64Array = new Float64Array(0);
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
    if (this.used * STRIDE >= this.nodes.length) this.grow(2 * this.nodes.length / STRIDE);
    const o = this.used++ * STRIDE;
    const t = this.nodes;
    t[o + MASS_X] = 0; t[o + MASS_Y] = 0; t[o + COUNT] = 0; t[o + WIDTH] = width;
    t[o + FIRST_CHILD] = -1; t[o + POINT] = -1; t[o + CENTER_X] = cx; t[o + CENTER_Y] = cy;
    return o;
  }

  /** Offset of the child of node record o that contains (x, y). */
  private childOf(o: number, x: number, y: number): number {
    const t = this.nodes;
    return t[o + FIRST_CHILD] + STRIDE * ((x > t[o + CENTER_X] ? 1 : 0) + (y > t[o + CENTER_Y] ? 2 : 0));
  }

  private insert(Y: Float64Array, i: number): void {
    const x = Y[2 * i], y = Y[2 * i + 1];
    let o = 0;
    let depth = 0;
    for (;;) {
      let t = this.nodes;
      t[o + MASS_X] += x; t[o + MASS_Y] += y; t[o + COUNT] += 1;
      if (t[o + FIRST_CHILD] >= 0) { o = this.childOf(o, x, y); depth++; continue; }
      const resident = t[o + POINT];
      if (resident < 0) { t[o + POINT] = i; return; }
      const rx = Y[2 * resident], ry = Y[2 * resident + 1];
      // Duplicates (and points too close to split further) share one leaf; its count carries their weight.
      if ((rx === x && ry === y) || depth >= MAX_DEPTH) return;
      this.subdivide(o);
      t = this.nodes;
      const moved = this.childOf(o, rx, ry);
      const others = t[o + COUNT] - 1;
      t[moved + POINT] = resident;
      t[moved + MASS_X] = rx * others;
      t[moved + MASS_Y] = ry * others;
      t[moved + COUNT] = others;
      t[o + POINT] = -1;
      o = this.childOf(o, x, y);
      depth++;
    }
  }

  private subdivide(o: number): void {
    const width = this.nodes[o + WIDTH] / 2;
    const h = width / 2;
    const cx = this.nodes[o + CENTER_X], cy = this.nodes[o + CENTER_Y];
    const first = this.newNode(cx - h, cy - h, width);
    this.newNode(cx + h, cy - h, width);
    this.newNode(cx - h, cy + h, width);
    this.newNode(cx + h, cy + h, width);
    this.nodes[o + FIRST_CHILD] = first;
  }

  /**
   * Lays the non-empty nodes out again in depth-first order, each with the index just past its subtree,
   * so that a traversal is a forward scan (descend = next record, summarise = jump) with no stack; also
   * writes the point indices in that leaf order, which keeps consecutive traversals' nodes in cache.
   */
  compact(order: Int32Array): void {
    if (this.flat.length < this.used * FLAT_STRIDE) this.flat = new Float64Array(this.nodes.length / STRIDE * FLAT_STRIDE);
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

  private emit(o: number, order: Int32Array): void {
    const t = this.nodes;
    const f = this.flat;
    const index = this.flatCount++;
    const r = index * FLAT_STRIDE;
    const width = t[o + WIDTH];
    f[r] = t[o + MASS_X]; f[r + 1] = t[o + MASS_Y]; f[r + 2] = t[o + COUNT];
    f[r + 3] = width * width; f[r + 5] = t[o + POINT];
    const first = t[o + FIRST_CHILD];
    if (first >= 0) {
      for (let c = first; c < first + 4 * STRIDE; c += STRIDE) if (t[c + COUNT] > 0) this.emit(c, order);
    } else if (t[o + POINT] >= 0) {
      order[this.ordered++] = t[o + POINT];
    }
    f[r + 4] = this.flatCount;
  }

  /**
   * Adds the unnormalised repulsion on point i at (x, y) to force[2i], force[2i+1] and returns its share
   * of Z = sum q_ij, summarising a cell by its centre of mass when width^2 / dist^2 < theta^2.
   * Needs compact() after build().
   */
  repulsion(x: number, y: number, thetaSquared: number, force: Float64Array, i: number): number {
    const f = this.flat;
    const end = this.flatCount;
    let sumQ = 0, fx = 0, fy = 0;
    let index = 0;
    while (index < end) {
      const r = index * FLAT_STRIDE;
      const skip = f[r + 4];
      const dx = x - f[r];
      const dy = y - f[r + 1];
      const dist2 = dx * dx + dy * dy;
      if (skip === index + 1) {
        // A leaf; a point does not repel itself, only the duplicates sharing its leaf.
        const size = f[r + 5] === i ? f[r + 2] - 1 : f[r + 2];
        if (size > 0) {
          const q = 1 / (1 + dist2);
          sumQ += size * q;
          const mult = size * q * q;
          fx += mult * dx;
          fy += mult * dy;
        }
        index = skip;
      } else if (f[r + 3] < thetaSquared * dist2) {
        const size = f[r + 2];
        const q = 1 / (1 + dist2);
        sumQ += size * q;
        const mult = size * q * q;
        fx += mult * dx;
        fy += mult * dy;
        index = skip;
      } else {
        index++;
      }
    }
    force[2 * i] += fx;
    force[2 * i + 1] += fy;
    return sumQ;
  }

  private grow(records: number): void {
    const next = new Float64Array(records * STRIDE);
    next.set(this.nodes.subarray(0, this.used * STRIDE));
    this.nodes = next;
  }
}
