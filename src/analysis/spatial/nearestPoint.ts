// Hover hit-testing on the point grid: the point nearest to (x, y) within maxDistance, searching a
// square of cells that doubles until it holds an answer; ties go to the lower row id.
import { columnOf, rowOf, type PointGrid } from './pointGrid';

/** The row id of the nearest point (Euclidean) within maxDistance, or -1; hidden points (visible = 0) are skipped. */
export function nearestPoint(grid: PointGrid, x: number, y: number, maxDistance: number, visible?: Uint8Array | null): number {
  if (grid.order.length === 0 || !(maxDistance >= 0) || !Number.isFinite(x) || !Number.isFinite(y)) return -1;
  const { cellStart, order, sortedX, sortedY, columns, cellWidth, cellHeight } = grid;
  const gridRight = grid.minX + grid.columns * cellWidth, gridTop = grid.minY + grid.rows * cellHeight;
  let best = -1, bestSq = maxDistance * maxDistance;
  let reach = Math.min(maxDistance, Math.max(cellWidth, cellHeight));
  for (;;) {
    const c0 = columnOf(grid, x - reach), c1 = columnOf(grid, x + reach);
    const r0 = rowOf(grid, y - reach), r1 = rowOf(grid, y + reach);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * columns + c;
        for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          const dx = sortedX[k] - x, dy = sortedY[k] - y;
          const sq = dx * dx + dy * dy;
          if (sq > bestSq) continue;
          const id = order[k];
          if (visible && !visible[id]) continue;
          if (sq < bestSq || best < 0 || id < best) { best = id; bestSq = sq; }
        }
      }
    }
    // Every point within `reach` of (x, y) lies in the cells just read, so a hit that close is final.
    const coversGrid = x - reach <= grid.minX && y - reach <= grid.minY && x + reach >= gridRight && y + reach >= gridTop;
    if ((best >= 0 && bestSq <= reach * reach) || reach >= maxDistance || coversGrid) return best;
    reach = Math.min(maxDistance, reach * 2);
  }
}
