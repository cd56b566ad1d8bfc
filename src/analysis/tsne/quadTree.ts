// Barnes-Hut quadtree for 2-d t-SNE, kept in flat typed arrays (no node objects) and rebuilt in place
// every iteration; also sums the repulsive forces by the theta criterion, as sklearn's _quad_tree.

const MAX_DEPTH = 60;

export class QuadTree {
  private capacity = 0;
  private centerX: Float64Array = new Float64Array(0);
  private centerY: Float64Array = new Float64Array(0);
  private halfWidth: Float64Array = new Float64Array(0);
  private massX: Float64Array = new Float64Array(0);
  private massY: Float64Array = new Float64Array(0);
  private count: Float64Array = new Float64Array(0);
  private firstChild: Int32Array = new Int32Array(0);
  private point: Int32Array = new Int32Array(0);
  private depth: Int32Array = new Int32Array(0);
  private nodes = 0;
  private readonly stack = new Int32Array(4 * MAX_DEPTH + 8);

  constructor(expectedPoints: number) {
    this.grow(Math.max(16, 4 * expectedPoints));
  }

  /** Rebuilds the tree over the n points of a row-major (x, y) array. */
  build(Y: Float64Array, n: number): void {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = Y[2 * i], y = Y[2 * i + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const half = Math.max(maxX - minX, maxY - minY, 1e-12) * (0.5 + 1e-3);
    this.nodes = 0;
    this.newNode((minX + maxX) / 2, (minY + maxY) / 2, half, 0);
    for (let i = 0; i < n; i++) this.insert(Y, i);
    const { massX, massY, count } = this;
    for (let c = 0; c < this.nodes; c++) {
      if (count[c] > 0) { massX[c] /= count[c]; massY[c] /= count[c]; }
    }
  }

  private newNode(cx: number, cy: number, half: number, depth: number): number {
    if (this.nodes >= this.capacity) this.grow(this.capacity * 2);
    const c = this.nodes++;
    this.centerX[c] = cx; this.centerY[c] = cy; this.halfWidth[c] = half;
    this.massX[c] = 0; this.massY[c] = 0; this.count[c] = 0;
    this.firstChild[c] = -1; this.point[c] = -1; this.depth[c] = depth;
    return c;
  }

  private insert(Y: Float64Array, i: number): void {
    const x = Y[2 * i], y = Y[2 * i + 1];
    let c = 0;
    for (;;) {
      this.massX[c] += x; this.massY[c] += y; this.count[c] += 1;
      const first = this.firstChild[c];
      if (first >= 0) {
        c = first + (x > this.centerX[c] ? 1 : 0) + (y > this.centerY[c] ? 2 : 0);
        continue;
      }
      const resident = this.point[c];
      if (resident < 0) { this.point[c] = i; return; }
      const rx = Y[2 * resident], ry = Y[2 * resident + 1];
      // Duplicates (and points too close to split further) share one leaf; its count carries their weight.
      if ((rx === x && ry === y) || this.depth[c] >= MAX_DEPTH) return;
      this.subdivide(c);
      const moved = this.firstChild[c] + (rx > this.centerX[c] ? 1 : 0) + (ry > this.centerY[c] ? 2 : 0);
      this.point[moved] = resident;
      this.massX[moved] = rx * (this.count[c] - 1);
      this.massY[moved] = ry * (this.count[c] - 1);
      this.count[moved] = this.count[c] - 1;
      this.point[c] = -1;
      c = this.firstChild[c] + (x > this.centerX[c] ? 1 : 0) + (y > this.centerY[c] ? 2 : 0);
    }
  }

  private subdivide(c: number): void {
    const h = this.halfWidth[c] / 2;
    const cx = this.centerX[c], cy = this.centerY[c], depth = this.depth[c] + 1;
    const first = this.newNode(cx - h, cy - h, h, depth);
    this.newNode(cx + h, cy - h, h, depth);
    this.newNode(cx - h, cy + h, h, depth);
    this.newNode(cx + h, cy + h, h, depth);
    this.firstChild[c] = first;
  }

  /**
   * Adds the unnormalised repulsion on point (x, y) to force[2i], force[2i+1] and returns its share of
   * Z = sum q_ij, summarising a cell by its centre of mass when (cell width)^2 / dist^2 < theta^2.
   */
  repulsion(x: number, y: number, thetaSquared: number, force: Float64Array, i: number): number {
    const { massX, massY, count, firstChild, halfWidth, point, stack } = this;
    let top = 0;
    stack[top++] = 0;
    let sumQ = 0, fx = 0, fy = 0;
    while (top > 0) {
      const c = stack[--top];
      const leaf = firstChild[c] < 0;
      // A point does not repel itself: its own leaf counts only the other points sharing it.
      const size = leaf && point[c] === i ? count[c] - 1 : count[c];
      if (size === 0) continue;
      const dx = x - massX[c];
      const dy = y - massY[c];
      const dist2 = dx * dx + dy * dy;
      const width = 2 * halfWidth[c];
      if (leaf || width * width < thetaSquared * dist2) {
        const q = 1 / (1 + dist2);
        sumQ += size * q;
        const mult = size * q * q;
        fx += mult * dx;
        fy += mult * dy;
      } else {
        const first = firstChild[c];
        stack[top++] = first; stack[top++] = first + 1; stack[top++] = first + 2; stack[top++] = first + 3;
      }
    }
    force[2 * i] += fx;
    force[2 * i + 1] += fy;
    return sumQ;
  }

  private grow(capacity: number): void {
    const copyF = (a: Float64Array): Float64Array => { const b = new Float64Array(capacity); b.set(a.subarray(0, this.nodes)); return b; };
    const copyI = (a: Int32Array): Int32Array => { const b = new Int32Array(capacity); b.set(a.subarray(0, this.nodes)); return b; };
    this.centerX = copyF(this.centerX); this.centerY = copyF(this.centerY); this.halfWidth = copyF(this.halfWidth);
    this.massX = copyF(this.massX); this.massY = copyF(this.massY); this.count = copyF(this.count);
    this.firstChild = copyI(this.firstChild); this.point = copyI(this.point); this.depth = copyI(this.depth);
    this.capacity = capacity;
  }
}
