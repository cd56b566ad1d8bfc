// Barnes-Hut quadtree for 2-d t-SNE (sklearn's _quad_tree cells: a square root around the points, split at
// the centre, one point per leaf), rebuilt each iteration by partitioning the points in place, depth-first.

/** Cells deeper than this keep all their points in one leaf (sklearn's tree stops splitting there too). */
const MAX_DEPTH = 60;

/**
 * The tree in depth-first order: node r's record is records[4r .. 4r+4) = centre of mass x, y, point count,
 * width^2 (-1 for a leaf); next[r] is the index just past its subtree, so a traversal is a forward scan
 * (descend = r + 1, summarise = next[r]); its points are order[firstPoint[r] .. firstPoint[r] + count).
 * leafOf[i] is the node holding point i.
 */
export interface FlatQuadTree {
  records: Float64Array;
  next: Int32Array;
  firstPoint: Int32Array;
  leafOf: Int32Array;
  nodeCount: number;
}

export class QuadTree {
  private records: Float64Array;
  private next: Int32Array;
  private firstPoint: Int32Array;
  private readonly leafOf: Int32Array;
  /** Per position in the order being partitioned: its quadrant (0-3), then the scatter buffer. */
  private readonly quadrant: Uint8Array;
  private readonly scattered: Int32Array;
  /** The next free position of each quadrant while scattering. */
  private readonly fill = new Int32Array(4);
  private nodeCount = 0;
  private Y: Float64Array = new Float64Array(0);
  private order: Int32Array = new Int32Array(0);

  constructor(points: number) {
    const nodes = Math.max(16, 2 * points);
    this.records = new Float64Array(4 * nodes);
    this.next = new Int32Array(nodes);
    this.firstPoint = new Int32Array(nodes);
    this.leafOf = new Int32Array(points);
    this.quadrant = new Uint8Array(points);
    this.scattered = new Int32Array(points);
  }

  /**
   * Builds the tree over the n points of a row-major (x, y) array. `order` holds a permutation of 0..n-1
   * and is rearranged into the tree's leaf order; the tree does not depend on the order given, but the
   * last iteration's keeps the partitioning cache-friendly. Children go in sklearn's order (x then y
   * above the centre), empty ones are left out.
   */
  build(Y: Float64Array, n: number, order: Int32Array): FlatQuadTree {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = Y[2 * i], y = Y[2 * i + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const width = Math.max(maxX - minX, maxY - minY, 1e-12) * (1 + 2e-3);
    this.Y = Y;
    this.order = order;
    this.nodeCount = 0;
    this.cell(0, n, (minX + maxX) / 2, (minY + maxY) / 2, width, 0);
    return { records: this.records, next: this.next, firstPoint: this.firstPoint, leafOf: this.leafOf, nodeCount: this.nodeCount };
  }

  /** Emits the cell holding order[lo .. hi), then its children's subtrees. */
  private cell(lo: number, hi: number, cx: number, cy: number, width: number, depth: number): void {
    if (this.nodeCount === this.next.length) this.grow();
    const node = this.nodeCount++;
    const { Y, order, quadrant } = this;
    const r = 4 * node;
    this.firstPoint[node] = lo;
    if (hi - lo === 1) {
      const i = order[lo];
      this.leaf(node, lo, hi, Y[2 * i], Y[2 * i + 1]);
      return;
    }
    let sumX = 0, sumY = 0;
    let c0 = 0, c1 = 0, c2 = 0;
    // The last build's order mostly survives an iteration, so ranges often come already grouped by quadrant.
    let grouped = true;
    let previous = 0;
    for (let p = lo; p < hi; p++) {
      const i = order[p];
      const x = Y[2 * i], y = Y[2 * i + 1];
      sumX += x; sumY += y;
      const q = (x > cx ? 1 : 0) + (y > cy ? 2 : 0);
      quadrant[p] = q;
      if (q < previous) grouped = false;
      previous = q;
      if (q === 0) c0++; else if (q === 1) c1++; else if (q === 2) c2++;
    }
    const count = hi - lo;
    // Duplicates (and points too close to split further) share one leaf; its count carries their weight.
    const oneQuadrant = c0 === count || c1 === count || c2 === count || c0 + c1 + c2 === 0;
    if (depth >= MAX_DEPTH || (oneQuadrant && allAt(Y, order, lo, hi))) {
      this.leaf(node, lo, hi, sumX / count, sumY / count);
      return;
    }
    this.records[r] = sumX / count;
    this.records[r + 1] = sumY / count;
    this.records[r + 2] = count;
    this.records[r + 3] = width * width;
    // Stable scatter into the four quadrants: the order stays deterministic for the next build.
    const s1 = lo + c0, s2 = s1 + c1, s3 = s2 + c2;
    if (!grouped) {
      const { scattered, fill } = this;
      fill[0] = lo; fill[1] = s1; fill[2] = s2; fill[3] = s3;
      for (let p = lo; p < hi; p++) scattered[fill[quadrant[p]]++] = order[p];
      for (let p = lo; p < hi; p++) order[p] = scattered[p];
    }
    const half = width / 2;
    const offset = half / 2;
    if (s1 > lo) this.cell(lo, s1, cx - offset, cy - offset, half, depth + 1);
    if (s2 > s1) this.cell(s1, s2, cx + offset, cy - offset, half, depth + 1);
    if (s3 > s2) this.cell(s2, s3, cx - offset, cy + offset, half, depth + 1);
    if (hi > s3) this.cell(s3, hi, cx + offset, cy + offset, half, depth + 1);
    this.next[node] = this.nodeCount;
  }

  private leaf(node: number, lo: number, hi: number, x: number, y: number): void {
    const r = 4 * node;
    this.records[r] = x;
    this.records[r + 1] = y;
    this.records[r + 2] = hi - lo;
    this.records[r + 3] = -1;
    this.next[node] = node + 1;
    for (let p = lo; p < hi; p++) this.leafOf[this.order[p]] = node;
  }

  private grow(): void {
    const nodes = 2 * this.next.length;
    const records = new Float64Array(4 * nodes);
    records.set(this.records);
    const next = new Int32Array(nodes);
    next.set(this.next);
    const firstPoint = new Int32Array(nodes);
    firstPoint.set(this.firstPoint);
    this.records = records;
    this.next = next;
    this.firstPoint = firstPoint;
  }
}

/** True when the points order[lo .. hi) all sit at the same place. */
function allAt(Y: Float64Array, order: Int32Array, lo: number, hi: number): boolean {
  const x = Y[2 * order[lo]], y = Y[2 * order[lo] + 1];
  for (let p = lo + 1; p < hi; p++) if (Y[2 * order[p]] !== x || Y[2 * order[p] + 1] !== y) return false;
  return true;
}
