// Reads a window of `dataset` rows as display strings (NULL shown as '') in row_id order, for the
// virtualised data table; only the requested rows leave DuckDB.
import { sqlIdentifier, type Database } from './database';
import type { DatasetInfo } from './ingestCsv';

/** Rows [offset, offset + limit) of the file, one string per column of info.columns. */
export async function previewRows(db: Database, info: DatasetInfo, offset: number, limit: number): Promise<string[][]> {
  const start = Math.max(0, Math.floor(offset));
  const count = Math.max(0, Math.floor(limit));
  if (count === 0 || info.columns.length === 0) return [];
  const select = info.columns.map((c, j) => `CAST(${sqlIdentifier(c.name)} AS VARCHAR) AS c${j}`).join(', ');
  const table = await db.query(`SELECT ${select} FROM dataset WHERE row_id >= ${start} AND row_id < ${start + count} ORDER BY row_id`);
  const columns = info.columns.map((_, j) => table.getChildAt(j)?.toArray() as Array<string | null>);
  const rows: string[][] = [];
  for (let i = 0; i < table.numRows; i++) rows.push(columns.map((values) => values[i] ?? ''));
  return rows;
}
