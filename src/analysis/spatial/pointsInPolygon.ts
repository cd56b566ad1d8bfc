// Lasso selection on the point grid. The polygon's edges are bucketed by grid row; cells no edge
// touches are wholly in or out, settled by the winding at their centre; only boundary cells test points.
import { columnOf, maskToRows, rowOf, type PointGrid } from './pointGrid';

/** 'nonzero' is regl-scatterplot 1.16's rule (a loop drawn twice stays selected); 'evenodd' is SVG's other one. */
export type FillRule = 'nonzero' | 'evenodd';

/**
 * Whether (px, py) is inside the closed polygon [x0, y0, x1, y1, ...]: a ray to the right crosses the
 * edges whose ends lie on either side of py. The reference the grid query must agree with.
 */
export function isInsidePolygon(polygon: ArrayLike<number>, px: number, py: number, rule: FillRule = 'nonzero'): boolean {
  const n = polygon.length >> 1;
  let winding = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    winding += crossing(polygon[2 * j], polygon[2 * j + 1], polygon[2 * i], polygon[2 * i + 1], px, py);
  }
  return rule === 'nonzero' ? winding !== 0 : (winding & 1) === 1;
}

/** +1 / -1 when the edge a->b crosses the ray from (px, py) to the right going up / down; else 0. */
function crossing(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  if ((ay > py) === (by > py)) return 0;
  const xi = ax + ((py - ay) * (bx - ax)) / (by - ay);
  if (!(px < xi)) return 0;
  // The even-odd rule only needs the parity, so it can read the same signed count as |winding|.
  return by > ay ? 1 : -1;
}

/** Row ids inside the polygon (ascending); `visible` (1 = selectable) leaves hidden points out. */
export function pointsInPolygon(grid: PointGrid, polygon: ArrayLike<number>, rule: FillRule = 'nonzero', visible?: Uint8Array | null): Int32Array {
  const n = polygon.length >> 1;
  if (n < 3) return new Int32Array(0);
  let left = Infinity, right = -Infinity, bottom = Infinity, top = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = polygon[2 * i], y = polygon[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return new Int32Array(0);
    left = Math.min(left, x); right = Math.max(right, x);
    bottom = Math.min(bottom, y); top = Math.max(top, y);
  }
  const { cellStart, order, sortedX, sortedY, columns, minX, minY, cellWidth, cellHeight } = grid;
  const r0 = rowOf(grid, bottom), r1 = rowOf(grid, top);
  const c0 = columnOf(grid, left), c1 = columnOf(grid, right);
  const edges = edgesByRow(grid, polygon, r0, r1);
  const mask = new Uint8Array(grid.count);
  let marked = 0;
  const boundary = new Uint8Array(columns);
  const ex = cellWidth * 1e-6, ey = cellHeight * 1e-6;
  const crossingX: number[] = [], crossingDir: number[] = [];

  for (let r = r0; r <= r1; r++) {
    const from = edges.start[r - r0], to = edges.start[r - r0 + 1];
    if (from === to) continue;
    // Cells an edge passes through (with a small margin) are boundary cells.
    boundary.fill(0, c0, c1 + 1);
    const slabLow = minY + r * cellHeight - ey, slabHigh = minY + (r + 1) * cellHeight + ey;
    for (let e = from; e < to; e++) {
      const [ax, ay, bx, by] = edgeEnds(polygon, edges.ids[e], n);
      const [xa, xb] = clipToSlab(ax, ay, bx, by, slabLow, slabHigh);
      const lo = columnOf(grid, Math.min(xa, xb) - ex), hi = columnOf(grid, Math.max(xa, xb) + ex);
      for (let c = Math.max(lo, c0); c <= Math.min(hi, c1); c++) boundary[c] = 1;
    }
    // Winding of the other cells, read from the crossings of the row's centre line.
    const cy = minY + (r + 0.5) * cellHeight;
    crossingX.length = 0; crossingDir.length = 0;
    for (let e = from; e < to; e++) {
      const [ax, ay, bx, by] = edgeEnds(polygon, edges.ids[e], n);
      if ((ay > cy) === (by > cy)) continue;
      crossingX.push(ax + ((cy - ay) * (bx - ax)) / (by - ay));
      crossingDir.push(by > ay ? 1 : -1);
    }
    const sorted = crossingX.map((_, k) => k).sort((a, b) => crossingX[b] - crossingX[a]);
    let next = 0, winding = 0;
    for (let c = c1; c >= c0; c--) {
      const cx = minX + (c + 0.5) * cellWidth;
      while (next < sorted.length && crossingX[sorted[next]] > cx) winding += crossingDir[sorted[next++]];
      const cell = r * columns + c;
      if (boundary[c]) {
        for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          const id = order[k];
          if (visible && !visible[id]) continue;
          if (!insideByRowEdges(polygon, n, edges.ids, from, to, sortedX[k], sortedY[k], rule)) continue;
          mask[id] = 1;
          marked++;
        }
      } else if (rule === 'nonzero' ? winding !== 0 : (winding & 1) === 1) {
        for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          const id = order[k];
          if (visible && !visible[id]) continue;
          mask[id] = 1;
          marked++;
        }
      }
    }
  }
  return maskToRows(mask, marked);
}

/** Edge ids (edge i runs from vertex i-1 to vertex i) overlapping each grid row r0..r1, as CSR lists. */
function edgesByRow(grid: PointGrid, polygon: ArrayLike<number>, r0: number, r1: number): { start: Int32Array; ids: Int32Array } {
  const n = polygon.length >> 1;
  const ey = grid.cellHeight * 1e-6;
  const span = (i: number): [number, number] => {
    const [, ay, , by] = edgeEnds(polygon, i, n);
    return [Math.max(r0, rowOf(grid, Math.min(ay, by) - ey)), Math.min(r1, rowOf(grid, Math.max(ay, by) + ey))];
  };
  const start = new Int32Array(r1 - r0 + 2);
  for (let i = 0; i < n; i++) {
    const [lo, hi] = span(i);
    for (let r = lo; r <= hi; r++) start[r - r0 + 1]++;
  }
  for (let r = 0; r < r1 - r0 + 1; r++) start[r + 1] += start[r];
  const fill = start.slice(0, r1 - r0 + 1);
  const ids = new Int32Array(start[r1 - r0 + 1]);
  for (let i = 0; i < n; i++) {
    const [lo, hi] = span(i);
    for (let r = lo; r <= hi; r++) ids[fill[r - r0]++] = i;
  }
  return { start, ids };
}

function edgeEnds(polygon: ArrayLike<number>, i: number, n: number): [number, number, number, number] {
  const j = i === 0 ? n - 1 : i - 1;
  return [polygon[2 * j], polygon[2 * j + 1], polygon[2 * i], polygon[2 * i + 1]];
}

/** The x range of the edge's part inside the horizontal slab [low, high]. */
function clipToSlab(ax: number, ay: number, bx: number, by: number, low: number, high: number): [number, number] {
  if (ay === by) return [ax, bx];
  const at = (y: number) => ax + ((y - ay) * (bx - ax)) / (by - ay);
  const yLow = Math.max(low, Math.min(ay, by)), yHigh = Math.min(high, Math.max(ay, by));
  return [at(yLow), at(yHigh)];
}

function insideByRowEdges(polygon: ArrayLike<number>, n: number, ids: Int32Array, from: number, to: number,
  px: number, py: number, rule: FillRule): boolean {
  let winding = 0;
  // Hot loop over boundary points: vertex indices inline rather than edgeEnds' tuples.
  for (let e = from; e < to; e++) {
    const i = ids[e], j = i === 0 ? n - 1 : i - 1;
    winding += crossing(polygon[2 * j], polygon[2 * j + 1], polygon[2 * i], polygon[2 * i + 1], px, py);
  }
  return rule === 'nonzero' ? winding !== 0 : (winding & 1) === 1;
}
