// Makes the `dataset` table (0-based row_id in source order, then the columns) and its column list from an
// Arrow table, for every format read in JS or wasm; the same shape ingestCsv gives delimited text.
import { Table, makeVector, type Vector } from 'apache-arrow';
import { sqlIdentifier, sqlString, type Database } from './database';
import { DATASET_COLUMNS_TABLE, DATASET_TABLE, type DatasetInfo } from './ingestCsv';

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
  await db.query(`DROP TABLE IF EXISTS ${ROWS_STAGING}`);
  try {
    if (table.numRows > 0) {
      // row_id travels with the data, so the source order is kept without a window function over a copy.
      const rowIds = new BigInt64Array(table.numRows);
      // Written through 32-bit halves (little-endian, ids below 2^31): a BigInt per row costs far more.
      const halves = new Int32Array(rowIds.buffer);
      for (let i = 0; i < rowIds.length; i++) halves[2 * i] = i;
      const vectors: Record<string, Vector> = { row_id: makeVector(rowIds) };
      names.forEach((name, i) => { vectors[name] = table.getChildAt(i) as Vector; });
      await db.insertArrowTable(new Table(vectors), ROWS_STAGING);
    } else {
      // No rows: an empty Arrow stream creates no table, so the columns are made as text.
      await db.query(`CREATE TABLE ${ROWS_STAGING} (row_id BIGINT${names.map((n) => `, ${sqlIdentifier(n)} VARCHAR`).join('')})`);
    }
    const described = await db.query(`DESCRIBE ${ROWS_STAGING}`);
    for (const [i, name] of names.entries()) {
      const type = String(described.getChild('column_type')?.get(i + 1));
      // Nested values become text, like JSON's; Arrow's second and millisecond timestamps widen
      // losslessly to DuckDB's TIMESTAMP, as a CSV gives.
      const target = NESTED_TYPE.test(type) ? 'VARCHAR' : COARSE_TIMESTAMP.test(type) ? 'TIMESTAMP' : null;
      if (target) await db.query(`ALTER TABLE ${ROWS_STAGING} ALTER ${sqlIdentifier(name)} TYPE ${target}`);
    }
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
    await db.query(`DROP TABLE IF EXISTS ${ROWS_STAGING}`);
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
