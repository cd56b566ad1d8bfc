// A uniform grid over a 2-D layout (the map's points): point ids bucketed by cell with a counting sort,
// coordinates copied in cell order so that a query reads memory in sequence. Built in O(n).

export interface PointGrid {
  /** Number of points in the layout (row ids run 0..count-1). */
  count: number;
  minX: number;
  minY: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  /** Points of cell c are order[cellStart[c] .. cellStart[c + 1]); cell c = row * columns + column. */
  cellStart: Int32Array;
  /** Row ids of the points with finite coordinates, grouped by cell. */
  order: Int32Array;
  /** Coordinates in the same order as `order`. */
  sortedX: Float32Array;
  sortedY: Float32Array;
}

/** Points per cell on average: few enough that boundary tests stay cheap, enough to keep the grid small. */
const POINTS_PER_CELL = 4;
const MAX_SIDE = 4096;
/** Points per step when the page builds the grid in steps (5-20 ms each here, under load). */
export const MAP_GRID_CHUNK = 1 << 16;

/** Builds the grid; points with a non-finite coordinate are left out (they can never be selected or hovered). */
export function buildPointGrid(x: ArrayLike<number>, y: ArrayLike<number>): PointGrid {
  const steps = pointGridSteps(x, y);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build as a generator that pauses after every `chunk` points of each pass, so a page can
 * spread a million-point build over several short tasks.
 */
export function* pointGridSteps(x: ArrayLike<number>, y: ArrayLike<number>, chunk = 1 << 30): Generator<void, PointGrid> {
  const count = x.length;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, finite = 0;
  for (let from = 0; from < count; from += chunk) {
    if (from > 0) yield;
    for (let i = from, end = Math.min(count, from + chunk); i < end; i++) {
      const px = x[i], py = y[i];
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      finite++;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
  }
  if (finite === 0) { minX = 0; minY = 0; maxX = 1; maxY = 1; }
  // A zero-width axis (all points on one line) still needs a cell size.
  const width = Math.max(maxX - minX, 1e-9 * Math.max(1, Math.abs(minX)));
  const height = Math.max(maxY - minY, 1e-9 * Math.max(1, Math.abs(minY)));
  const target = Math.max(1, Math.ceil(finite / POINTS_PER_CELL));
  const columns = clampSide(Math.round(Math.sqrt((target * width) / height)));
  const rows = clampSide(Math.ceil(target / columns));
  const cellWidth = width / columns, cellHeight = height / rows;

  const cellOf = new Int32Array(count);
  const cellStart = new Int32Array(columns * rows + 1);
  for (let from = 0; from < count; from += chunk) {
    yield;
    for (let i = from, end = Math.min(count, from + chunk); i < end; i++) {
      const px = x[i], py = y[i];
      if (!Number.isFinite(px) || !Number.isFinite(py)) { cellOf[i] = -1; continue; }
      const c = clampIndex(Math.floor((px - minX) / cellWidth), columns) + clampIndex(Math.floor((py - minY) / cellHeight), rows) * columns;
      cellOf[i] = c;
      cellStart[c + 1]++;
    }
  }
  for (let c = 0; c < columns * rows; c++) cellStart[c + 1] += cellStart[c];
  const next = cellStart.slice(0, columns * rows);
  const order = new Int32Array(finite);
  const sortedX = new Float32Array(finite), sortedY = new Float32Array(finite);
  for (let from = 0; from < count; from += chunk) {
    yield;
    for (let i = from, end = Math.min(count, from + chunk); i < end; i++) {
      const c = cellOf[i];
      if (c < 0) continue;
      const at = next[c]++;
      order[at] = i;
      sortedX[at] = x[i];
      sortedY[at] = y[i];
    }
  }
  return { count, minX, minY, cellWidth, cellHeight, columns, rows, cellStart, order, sortedX, sortedY };
}

/** The grid column holding x (clamped to the grid, so points on the far edge belong to the last cell). */
export function columnOf(grid: PointGrid, x: number): number {
  return clampIndex(Math.floor((x - grid.minX) / grid.cellWidth), grid.columns);
}

export function rowOf(grid: PointGrid, y: number): number {
  return clampIndex(Math.floor((y - grid.minY) / grid.cellHeight), grid.rows);
}

/** Turns a mask over row ids into the ascending list of marked ids. */
export function maskToRows(mask: Uint8Array, marked: number): Int32Array {
  const rows = new Int32Array(marked);
  let k = 0;
  for (let i = 0; i < mask.length && k < marked; i++) if (mask[i]) rows[k++] = i;
  return rows;
}

function clampSide(n: number): number {
  return Math.min(MAX_SIDE, Math.max(1, n));
}

function clampIndex(i: number, size: number): number {
  return i < 0 ? 0 : i >= size ? size - 1 : i;
}
