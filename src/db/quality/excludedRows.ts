// The table excluded_rows(row_id, reason): rows the analyst chose to leave out of modelling (for
// example the extra copies of a duplicate group). The row stays in `dataset` and every export; see docs/quality-report.md.
import { sqlString, type Database } from '../database';

export const EXCLUDED_ROWS_TABLE = 'excluded_rows';

export interface ExcludedRow {
  rowId: number;
  reason: string;
}

export async function ensureExcludedRows(db: Database): Promise<void> {
  await db.query(`CREATE TABLE IF NOT EXISTS ${EXCLUDED_ROWS_TABLE} (row_id BIGINT PRIMARY KEY, reason VARCHAR NOT NULL)`);
}

/** Leaves rows out of modelling; a row already excluded takes the new reason, or keeps its own with `keepExisting`. */
export async function excludeRows(db: Database, rows: ExcludedRow[], keepExisting = false): Promise<void> {
  await ensureExcludedRows(db);
  if (rows.length === 0) return;
  const values = rows.map((r) => `(${Math.floor(r.rowId)}, ${sqlString(r.reason)})`).join(', ');
  await db.query(`INSERT OR ${keepExisting ? 'IGNORE' : 'REPLACE'} INTO ${EXCLUDED_ROWS_TABLE} VALUES ${values}`);
}

/** Brings rows back into modelling; with `reasonPrefix`, only those left out for that kind of reason. */
export async function includeRows(db: Database, rowIds: number[], reasonPrefix?: string): Promise<void> {
  await ensureExcludedRows(db);
  if (rowIds.length === 0) return;
  const onlyReason = reasonPrefix === undefined ? '' : ` AND starts_with(reason, ${sqlString(reasonPrefix)})`;
  await db.query(`DELETE FROM ${EXCLUDED_ROWS_TABLE} WHERE row_id IN (${rowIds.map((id) => Math.floor(id)).join(', ')})${onlyReason}`);
}

export async function listExcludedRows(db: Database): Promise<ExcludedRow[]> {
  await ensureExcludedRows(db);
  const table = await db.query(`SELECT row_id::DOUBLE AS row_id, reason FROM ${EXCLUDED_ROWS_TABLE} ORDER BY row_id`);
  const ids = table.getChild('row_id')?.toArray() as Float64Array;
  const reasons = table.getChild('reason')?.toArray() as string[];
  return Array.from({ length: table.numRows }, (_, i) => ({ rowId: ids[i], reason: reasons[i] }));
}

/** A new dataset starts with nothing excluded (row_ids of the previous file mean nothing now). */
export async function clearExcludedRows(db: Database): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${EXCLUDED_ROWS_TABLE}`);
  await ensureExcludedRows(db);
}

/**
 * The run path's reason expression (over `dataset AS d`) with the analyst's excluded rows first:
 * a row in excluded_rows is left out of the model with its reason, and comes back unassigned.
 */
export async function withExcludedRows(db: Database, recipeReason: string): Promise<string> {
  await ensureExcludedRows(db);
  return `coalesce((SELECT e.reason FROM ${EXCLUDED_ROWS_TABLE} AS e WHERE e.row_id = d.row_id), ${recipeReason})`;
}
