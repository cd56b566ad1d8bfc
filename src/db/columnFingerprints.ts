// One fingerprint per column of `dataset`: the sum of hash(row_id, value) over its rows, so that a re-read of
// the same file can tell which columns' values changed (one changed cell, a missing cell or another type does).
import { sqlIdentifier, type Database } from './database';
import { DATASET_TABLE } from './ingestCsv';

export interface ColumnFingerprints {
  rowCount: number;
  /** Column name -> fingerprint (a decimal number as text; only equality means something). */
  columns: Record<string, string>;
}

/** Fingerprints of these columns of `dataset` (each must exist), in one pass over the table. */
export async function columnFingerprints(db: Database, columns: string[]): Promise<ColumnFingerprints> {
  const sums = columns.map((c, i) => `, CAST(sum(hash(row_id, ${sqlIdentifier(c)})) AS VARCHAR) AS f${i}`).join('');
  const result = await db.query(`SELECT CAST(count(*) AS DOUBLE) AS n${sums} FROM ${DATASET_TABLE}`);
  const print = (i: number) => String(result.getChild(`f${i}`)?.get(0) ?? '');
  return { rowCount: Number(result.getChild('n')?.get(0) ?? 0), columns: Object.fromEntries(columns.map((c, i) => [c, print(i)])) };
}

/** Columns of `before` whose values differ in `after` (or that `after` lacks); 'all' when the row counts differ. */
export function changedColumns(before: ColumnFingerprints, after: ColumnFingerprints): Set<string> | 'all' {
  if (before.rowCount !== after.rowCount) return 'all';
  return new Set(Object.keys(before.columns).filter((c) => after.columns[c] === undefined || after.columns[c] !== before.columns[c]));
}
