// Makes the `dataset` table (0-based row_id in source order, then the columns) and its column list from the
// rows of a file read in JS or wasm (DatasetRows: an Arrow IPC stream); the same shape ingestCsv gives text.
import type { Table } from 'apache-arrow';
import { sqlIdentifier, sqlString, type Database } from './database';
import { datasetRowsFromArrow, type DatasetRows } from './datasetRows';
import { applyDeclaredMissing, describeDeclaredMissing, type DeclaredMissing } from './declaredMissingSql';
import { DATASET_COLUMNS_TABLE, DATASET_RAW_TABLE, DATASET_TABLE, type DatasetInfo } from './ingestCsv';

const ROWS_STAGING = 'arrow_loading_rows';
/** The values declared missing, as they were (becomes dataset_raw, which the export writes from). */
const RAW_STAGING = 'arrow_loading_raw';
/** DuckDB types kept as text: the app's views, features and exports work on flat values. */
const COARSE_TIMESTAMP = /^TIMESTAMP_(S|MS)$/;
const NESTED_TYPE = /^(STRUCT|MAP|UNION)\b|\[\d*\]$/;

/** From an Arrow table read on this thread (Excel, or any format in Node): see datasetRowsFromArrow for `headers`. */
export async function createDatasetFromArrow(db: Database, table: Table, fileName: string, headers?: string[], missing: DeclaredMissing = {}): Promise<DatasetInfo> {
  return createDatasetFromRows(db, datasetRowsFromArrow(table, headers), fileName, missing);
}

/**
 * Hands the rows' bytes to DuckDB as they are (the browser transfers them: `rows.ipc` is detached afterwards);
 * cells equal to a `missing` value the analyst declared become NULL, counted per column and said in the warnings.
 */
export async function createDatasetFromRows(db: Database, rows: DatasetRows, fileName: string, missing: DeclaredMissing = {}): Promise<DatasetInfo> {
  const { names, headers } = rows;
  await db.query(`DROP TABLE IF EXISTS ${ROWS_STAGING}`);
  await db.query(`DROP TABLE IF EXISTS ${RAW_STAGING}`);
  try {
    if (rows.rowCount > 0) await db.insertArrowIpc(rows.ipc, ROWS_STAGING);
    else await db.query(`CREATE TABLE ${ROWS_STAGING} (row_id BIGINT${names.map((n) => `, ${sqlIdentifier(n)} VARCHAR`).join('')})`);
    const described = await db.query(`DESCRIBE ${ROWS_STAGING}`);
    for (const [i, name] of names.entries()) {
      const type = String(described.getChild('column_type')?.get(i + 1));
      // Nested values become text, like JSON's; Arrow's second and millisecond timestamps widen
      // losslessly to DuckDB's TIMESTAMP, as a CSV gives. DuckDB does both, in its own worker.
      const target = NESTED_TYPE.test(type) ? 'VARCHAR' : COARSE_TIMESTAMP.test(type) ? 'TIMESTAMP' : null;
      if (target) await db.query(`ALTER TABLE ${ROWS_STAGING} ALTER ${sqlIdentifier(name)} TYPE ${target}`);
    }
    const finalTypes = await db.query(`DESCRIBE ${ROWS_STAGING}`);
    const typed = names.map((name, i) => ({
      name, header: headers[i], sqlType: String(finalTypes.getChild('column_type')?.get(i + 1)),
    }));
    const declared = await applyDeclaredMissing(db, ROWS_STAGING, typed, missing, RAW_STAGING);
    const madeMissing = new Map(declared.filter((d) => d.cells > 0).map((d) => [d.name, d.cells]));
    const columns = typed.map((c) => (madeMissing.has(c.name) ? { ...c, missingTokens: madeMissing.get(c.name) } : c));

    await dropDatasetTables(db);
    await db.query(`ALTER TABLE ${ROWS_STAGING} RENAME TO ${DATASET_TABLE}`);
    if (madeMissing.size > 0) await db.query(`ALTER TABLE ${RAW_STAGING} RENAME TO ${DATASET_RAW_TABLE}`);
    await db.query(`CREATE TABLE ${DATASET_COLUMNS_TABLE} (position INTEGER, name VARCHAR, header VARCHAR)`);
    if (columns.length > 0) {
      const values = columns.map((c, i) => `(${i}, ${sqlString(c.name)}, ${sqlString(c.header)})`).join(', ');
      await db.query(`INSERT INTO ${DATASET_COLUMNS_TABLE} VALUES ${values}`);
    }
    const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${DATASET_TABLE}`);
    const rowCount = Number(count.getChild('n')?.get(0) ?? 0);
    // These formats load whole or not at all: every record is a row, none is rejected.
    return { fileName, table: 'dataset', rowCount, columns, rejectedCount: 0, recordCount: rowCount, warnings: describeDeclaredMissing(declared) };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${ROWS_STAGING}`);
    await db.query(`DROP TABLE IF EXISTS ${RAW_STAGING}`);
  }
}

/** The previous dataset with every dataset_* table describing it (raw text, rejects, ...) and its segments. */
async function dropDatasetTables(db: Database): Promise<void> {
  const found = await db.query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND ` +
    `(table_name IN ('segments', ${sqlString(DATASET_TABLE)}) OR starts_with(table_name, ${sqlString(`${DATASET_TABLE}_`)}))`);
  for (const name of (found.getChild('table_name')?.toArray() ?? []) as string[]) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`);
}
