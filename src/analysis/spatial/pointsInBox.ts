// Box selection on the point grid: cells wholly inside the box are taken whole, only the cells on
// its border test their points. Returns ascending row ids; bounds are inclusive.
import { columnOf, maskToRows, rowOf, type PointGrid } from './pointGrid';

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Row ids inside the box (corners in any order); `visible` (1 = selectable) leaves hidden points out. */
export function pointsInBox(grid: PointGrid, box: Box, visible?: Uint8Array | null): Int32Array {
  const left = Math.min(box.x0, box.x1), right = Math.max(box.x0, box.x1);
  const bottom = Math.min(box.y0, box.y1), top = Math.max(box.y0, box.y1);
  if (!(left <= right && bottom <= top)) return new Int32Array(0);
  const mask = new Uint8Array(grid.count);
  let marked = 0;
  const c0 = columnOf(grid, left), c1 = columnOf(grid, right);
  const r0 = rowOf(grid, bottom), r1 = rowOf(grid, top);
  const { cellStart, order, sortedX, sortedY, columns, minX, minY, cellWidth, cellHeight } = grid;
  // A cell counts as inside only with a margin, since a point's cell comes from a rounded division.
  const ex = cellWidth * 1e-6, ey = cellHeight * 1e-6;
  for (let r = r0; r <= r1; r++) {
    const rowInside = minY + r * cellHeight - ey > bottom && minY + (r + 1) * cellHeight + ey < top;
    for (let c = c0; c <= c1; c++) {
      const inside = rowInside && minX + c * cellWidth - ex > left && minX + (c + 1) * cellWidth + ex < right;
      const cell = r * columns + c;
      for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
        if (!inside) {
          const px = sortedX[k], py = sortedY[k];
          if (px < left || px > right || py < bottom || py > top) continue;
        }
        const id = order[k];
        if (visible && !visible[id]) continue;
        mask[id] = 1;
        marked++;
      }
    }
  }
  return maskToRows(mask, marked);
}
