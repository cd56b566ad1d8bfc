// Reads feature columns of `dataset` into the row-major Float64Array matrix the analysis code uses,
// in row_id order, NULL as NaN, straight from Arrow's column buffers (no per-row objects).
import type * as arrow from 'apache-arrow';
import type { Matrix } from '../analysis/matrix';
import { sqlIdentifier, type Database } from './database';

export async function extractFeatures(db: Database, columns: string[]): Promise<Matrix> {
  const cols = columns.length;
  const select = cols > 0 ? columns.map((c, j) => `CAST(${sqlIdentifier(c)} AS DOUBLE) AS f${j}`).join(', ') : 'row_id';
  const table = await db.query(`SELECT ${select} FROM dataset ORDER BY row_id`);
  const rows = table.numRows;
  const data = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    const vector = table.getChildAt(j);
    if (!vector) continue;
    let row = 0;
    for (const chunk of vector.data) {
      copyColumnChunk(chunk as arrow.Data<arrow.Float64>, data, row, j, cols);
      row += chunk.length;
    }
  }
  return { data, rows, cols };
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
