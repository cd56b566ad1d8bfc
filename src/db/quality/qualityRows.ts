// Lists the rows behind a quality finding: their row_id and every column as display text, with the
// total number of rows that match, so that "show rows" can say "first 50 of 168".
import { sqlIdentifier, type Database } from '../database';
import type { QualityDataset } from './qualityDataset';
import type { RowSelector } from '../../analysis/quality/qualityFinding';
import { selectorOrder, selectorPredicate } from './rowSelectorSql';

export interface QualityRows {
  columns: string[];
  rows: Array<{ rowId: number; values: string[] }>;
  total: number;
}

export async function qualityRows(db: Database, info: QualityDataset, selector: RowSelector, limit: number): Promise<QualityRows> {
  const where = selectorPredicate(selector, info.columns);
  const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM dataset WHERE ${where}`);
  const total = Number(count.getChild('n')?.get(0) ?? 0);
  const select = info.columns.map((c, j) => `CAST(${sqlIdentifier(c.name)} AS VARCHAR) AS c${j}`).join(', ');
  const table = await db.query(
    `SELECT row_id::DOUBLE AS row_id${select ? `, ${select}` : ''} FROM dataset WHERE ${where} ` +
    `ORDER BY ${selectorOrder(selector, info.columns)} LIMIT ${Math.max(0, Math.floor(limit))}`,
  );
  const ids = table.getChild('row_id')?.toArray() as Float64Array;
  const values = info.columns.map((_, j) => table.getChild(`c${j}`)?.toArray() as Array<string | null>);
  const rows = Array.from({ length: table.numRows }, (_, i) => ({ rowId: ids[i], values: values.map((v) => v[i] ?? '') }));
  return { columns: info.columns.map((c) => c.name), rows, total };
}
