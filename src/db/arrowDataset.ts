// Makes the `dataset` table (0-based row_id in source order, then the columns) and its column list from an
// Arrow table, for every format read in JS or wasm; the same shape ingestCsv gives delimited text.
import { Table, type Vector } from 'apache-arrow';
import { sqlIdentifier, sqlString, type Database } from './database';
import { DATASET_COLUMNS_TABLE, DATASET_TABLE, type DatasetInfo } from './ingestCsv';

const ARROW_STAGING = 'arrow_loading';
const ROWS_STAGING = 'arrow_loading_rows';
/** DuckDB types kept as text: the app's views, features and exports work on flat values. */
const COARSE_TIMESTAMP = /^TIMESTAMP_(S|MS)$/;
const NESTED_TYPE = /^(STRUCT|MAP|UNION)\b|\[\d*\]$/;

/**
 * `headers[i]` is how the file names column i (defaults to the Arrow field names); names DuckDB could not
 * hold (blank, repeated in any case, or our own row_id) are made unique and the header kept for exports.
 */
export async function createDatasetFromArrow(db: Database, table: Table, fileName: string, headers?: string[]): Promise<DatasetInfo> {
  const fieldHeaders = headers ?? table.schema.fields.map((f) => f.name);
  const names = tableColumnNames(fieldHeaders);
  await db.query(`DROP TABLE IF EXISTS ${ARROW_STAGING}; DROP TABLE IF EXISTS ${ROWS_STAGING}`);
  try {
    if (names.length > 0 && table.numRows > 0) {
      const vectors: Record<string, Vector> = {};
      names.forEach((name, i) => { vectors[name] = table.getChildAt(i) as Vector; });
      await db.insertArrowTable(new Table(vectors), ARROW_STAGING);
    } else if (names.length > 0) {
      // A header without rows: an empty Arrow stream creates no table, so the columns are made as text.
      await db.query(`CREATE TABLE ${ARROW_STAGING} (${names.map((n) => `${sqlIdentifier(n)} VARCHAR`).join(', ')})`);
    }
    const described = names.length > 0 ? await db.query(`DESCRIBE ${ARROW_STAGING}`) : null;
    const types = names.map((_, i) => String(described?.getChild('column_type')?.get(i)));
    const select = names.map((name, i) => {
      const q = sqlIdentifier(name);
      if (NESTED_TYPE.test(types[i])) return `CAST(${q} AS VARCHAR) AS ${q}`;
      // Arrow's second and millisecond timestamps widen losslessly to DuckDB's TIMESTAMP, as a CSV gives.
      return COARSE_TIMESTAMP.test(types[i]) ? `CAST(${q} AS TIMESTAMP) AS ${q}` : q;
    });
    // An empty Arrow table may not create a table at all, and a table without columns still has rows to count.
    const source = names.length > 0 ? ARROW_STAGING : `range(${table.numRows})`;
    // Single-threaded WASM scans in insertion order, so row_number() over the scan is the source order.
    await db.query(`CREATE TABLE ${ROWS_STAGING} AS SELECT CAST(row_number() OVER () - 1 AS BIGINT) AS row_id` +
      `${select.length ? ', ' + select.join(', ') : ''} FROM ${source}`);
    const finalTypes = await db.query(`DESCRIBE ${ROWS_STAGING}`);
    const columns = names.map((name, i) => ({
      name, header: fieldHeaders[i], sqlType: String(finalTypes.getChild('column_type')?.get(i + 1)),
    }));

    await dropDatasetTables(db);
    await db.query(`ALTER TABLE ${ROWS_STAGING} RENAME TO ${DATASET_TABLE}`);
    await db.query(`CREATE TABLE ${DATASET_COLUMNS_TABLE} (position INTEGER, name VARCHAR, header VARCHAR)`);
    if (columns.length > 0) {
      const rows = columns.map((c, i) => `(${i}, ${sqlString(c.name)}, ${sqlString(c.header)})`).join(', ');
      await db.query(`INSERT INTO ${DATASET_COLUMNS_TABLE} VALUES ${rows}`);
    }
    const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${DATASET_TABLE}`);
    const rowCount = Number(count.getChild('n')?.get(0) ?? 0);
    // These formats load whole or not at all: every record is a row, none is rejected.
    return { fileName, table: 'dataset', rowCount, columns, rejectedCount: 0, recordCount: rowCount, warnings: [] };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${ARROW_STAGING}; DROP TABLE IF EXISTS ${ROWS_STAGING}`);
  }
}

/** The previous dataset with every dataset_* table describing it (raw text, rejects, ...) and its segments. */
async function dropDatasetTables(db: Database): Promise<void> {
  const found = await db.query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND ` +
    `(table_name IN ('segments', ${sqlString(DATASET_TABLE)}) OR starts_with(table_name, ${sqlString(`${DATASET_TABLE}_`)}))`);
  for (const name of (found.getChild('table_name')?.toArray() ?? []) as string[]) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`);
}

/** Column names DuckDB accepts: trimmed, blank ones numbered, repeats (any case) and row_id suffixed. */
export function tableColumnNames(headers: string[]): string[] {
  const taken = new Set<string>(['row_id']);
  return headers.map((header, i) => {
    const base = header.trim() === '' ? `column_${i + 1}` : header.trim();
    let name = base.toLowerCase() === 'row_id' ? 'source_row_id' : base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.toLowerCase() === 'row_id' ? 'source_row_id' : base}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
