// Reads a window of `dataset` rows (or of another loaded file's table) as display strings (NULL shown as '')
// in row_id order, for the virtualised data table; only the requested rows leave DuckDB.
import { sqlIdentifier, type Database } from './database';
import type { DatasetInfo } from './ingestCsv';

/** Rows [offset, offset + limit) of the file, one string per column of info.columns; `table`: another loaded file's. */
export async function previewRows(db: Database, info: Pick<DatasetInfo, 'columns'>, offset: number, limit: number, table = 'dataset'): Promise<string[][]> {
  const start = Math.max(0, Math.floor(offset));
  const count = Math.max(0, Math.floor(limit));
  if (count === 0 || info.columns.length === 0) return [];
  const select = info.columns.map((c, j) => `CAST(${sqlIdentifier(c.name)} AS VARCHAR) AS c${j}`).join(', ');
  const result = await db.query(`SELECT ${select} FROM ${sqlIdentifier(table)} WHERE row_id >= ${start} AND row_id < ${start + count} ORDER BY row_id`);
  const columns = info.columns.map((_, j) => result.getChildAt(j)?.toArray() as Array<string | null>);
  const rows: string[][] = [];
  for (let i = 0; i < result.numRows; i++) rows.push(columns.map((values) => values[i] ?? ''));
  return rows;
}
