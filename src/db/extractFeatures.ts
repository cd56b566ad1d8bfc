// Reads feature columns of `dataset` into the row-major Float64Array matrix the analysis code uses,
// in row_id order, NULL as NaN, straight from Arrow's column buffers (no per-row objects).
import type * as arrow from 'apache-arrow';
import type { Matrix } from '../analysis/matrix';
import { sqlIdentifier, type Database } from './database';
import { nextTask } from './nextTask';

export async function extractFeatures(db: Database, columns: string[]): Promise<Matrix> {
  const cols = columns.length;
  const select = ['CAST(row_id AS INTEGER) AS row_id', ...columns.map((c, j) => `CAST(${sqlIdentifier(c)} AS DOUBLE) AS f${j}`)].join(', ');
  // `dataset` is written in row_id order and scans keep insertion order, so the cheap unsorted read is
  // normally right; it is checked, and a sorted read is the fallback.
  let table = await db.query(`SELECT ${select} FROM dataset`);
  if (!inRowIdOrder(table.getChild('row_id'))) table = await db.query(`SELECT ${select} FROM dataset ORDER BY row_id`);
  const rows = table.numRows;
  const data = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    // One column per task: at a million rows the whole copy would hold the page for over 50 ms.
    await nextTask();
    const vector = table.getChildAt(j + 1);
    if (!vector) continue;
    let row = 0;
    for (const chunk of vector.data) {
      copyColumnChunk(chunk as arrow.Data<arrow.Float64>, data, row, j, cols);
      row += chunk.length;
    }
  }
  return { data, rows, cols };
}

/** True when the row_id column reads 0, 1, 2, ... */
function inRowIdOrder(rowIds: arrow.Vector | null): boolean {
  if (!rowIds) return false;
  let expected = 0;
  for (const chunk of rowIds.data) {
    const values = chunk.values as Int32Array;
    for (let i = 0; i < chunk.length; i++, expected++) if (values[i] !== expected) return false;
  }
  return true;
}

function copyColumnChunk(chunk: arrow.Data<arrow.Float64>, out: Float64Array, firstRow: number, column: number, cols: number): void {
  const values = chunk.values;
  const validity = chunk.nullCount > 0 ? chunk.nullBitmap : undefined;
  const offset = chunk.offset;
  let at = firstRow * cols + column;
  for (let i = 0; i < chunk.length; i++, at += cols) {
    const bit = offset + i;
    out[at] = validity && (validity[bit >> 3] & (1 << (bit & 7))) === 0 ? Number.NaN : values[i];
  }
}
