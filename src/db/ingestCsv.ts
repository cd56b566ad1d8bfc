// Loads a CSV file into DuckDB as table `dataset`: a stable 0-based `row_id` in file order, then the
// file's columns with DuckDB's detected types. Malformed files raise DataLoadError in plain words.
import { sqlIdentifier, sqlString, type Database } from './database';
import { DataLoadError } from './dataLoadError';
import type { DataFormat } from './dataFormat';
import { explainCsvError } from './explainCsvError';
import { copyWithLfLineEndings } from './lineEndings';
import { sniffCsv, type CsvDialect } from './sniffCsv';

export interface DatasetColumn {
  /** Column name in the `dataset` table. */
  name: string;
  /** DuckDB type, e.g. BIGINT, DOUBLE, VARCHAR, DATE. */
  sqlType: string;
  /** The name as written in the file's header (differs from `name` only when DuckDB had to rename). */
  header: string;
}

export interface DatasetInfo {
  fileName: string;
  table: 'dataset';
  rowCount: number;
  columns: DatasetColumn[];
  /** Delimited text only: how the file was split into rows and fields. */
  dialect?: CsvDialect;
  /** The file's format, set by ingestFile (a plain ingestCsv call leaves it out: it is CSV). */
  format?: DataFormat;
}

export const DATASET_TABLE = 'dataset';
/** Table (position, name, header) kept beside `dataset` so that exports can restore the header. */
export const DATASET_COLUMNS_TABLE = 'dataset_columns';
const STAGING_TABLE = 'dataset_loading';
const DEFAULT_SAMPLE_ROWS = 20480;
const WHOLE_FILE = -1;
const TYPE_CANDIDATES = "['BIGINT', 'DOUBLE', 'TIME', 'DATE', 'TIMESTAMP', 'VARCHAR']";
let uploadCounter = 0;

export async function ingestCsv(db: Database, fileName: string, bytes: Uint8Array): Promise<DatasetInfo> {
  const dialect = sniffCsv(bytes, fileName);
  const internalName = `audience-lab-upload-${++uploadCounter}.csv`;
  // A copy: the browser build transfers the buffer to its worker, and errors still need the bytes.
  // Line counts are unchanged by the CRLF to LF rewrite, so DuckDB's line numbers still fit `bytes`.
  await db.registerFileBuffer(internalName, copyWithLfLineEndings(bytes));
  try {
    await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
    const explain = (error: unknown) =>
      error instanceof DataLoadError ? error : explainCsvError(String(error), { db, fileName, bytes, dialect, internalName });
    const describe = (sampleSize: number) => describeCsv(db, readCsvCall(internalName, dialect, sampleSize));
    let detected = await describe(DEFAULT_SAMPLE_ROWS).catch(async (error) => { throw await explain(error); });
    try {
      await createStaging(db, internalName, dialect, DEFAULT_SAMPLE_ROWS, detected);
    } catch (error) {
      // Types are guessed from a sample; a later value that does not fit needs a whole-file guess.
      if (!/Conversion Error/i.test(String(error))) throw await explain(error);
      try {
        detected = await describe(WHOLE_FILE);
        await createStaging(db, internalName, dialect, WHOLE_FILE, detected);
      } catch (retryError) {
        throw await explain(retryError);
      }
    }

    const columns = detected.map(({ name, sqlType }, i) => ({
      name: tableColumnName(name, detected),
      sqlType,
      header: dialect.header.length === detected.length ? dialect.header[i] : name,
    }));
    await db.query(`DROP TABLE IF EXISTS segments; DROP TABLE IF EXISTS ${DATASET_TABLE}; DROP TABLE IF EXISTS ${DATASET_COLUMNS_TABLE};`);
    await db.query(`ALTER TABLE ${STAGING_TABLE} RENAME TO ${DATASET_TABLE}`);
    await db.query(`CREATE TABLE ${DATASET_COLUMNS_TABLE} (position INTEGER, name VARCHAR, header VARCHAR)`);
    if (columns.length > 0) {
      const rows = columns.map((c, i) => `(${i}, ${sqlString(c.name)}, ${sqlString(c.header)})`).join(', ');
      await db.query(`INSERT INTO ${DATASET_COLUMNS_TABLE} VALUES ${rows}`);
    }
    const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${DATASET_TABLE}`);
    const rowCount = Number(count.getChild('n')?.get(0) ?? 0);
    return { fileName, table: 'dataset', rowCount, columns, dialect };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
    await db.dropFile(internalName);
  }
}

function readCsvCall(internalName: string, dialect: CsvDialect, sampleSize: number): string {
  // Everything structural is fixed (no skipped lines, RFC quotes, strict field counts) so that a bad
  // row is reported rather than silently skipped; DuckDB still detects the column types.
  // BOOLEAN is left out so that yes/no or oui/non keep their spelling in previews and exports.
  return `read_csv(${sqlString(internalName)}, delim=${sqlString(dialect.delimiter)}, header=true, quote='"', escape='"', ` +
    `skip=0, strict_mode=true, null_padding=false, sample_size=${sampleSize}, auto_type_candidates=${TYPE_CANDIDATES})`;
}

async function describeCsv(db: Database, readCsv: string): Promise<Array<{ name: string; sqlType: string }>> {
  const table = await db.query(`DESCRIBE SELECT * FROM ${readCsv}`);
  const names = table.getChild('column_name')?.toArray() as string[];
  const types = table.getChild('column_type')?.toArray() as string[];
  return names.map((name, i) => ({ name, sqlType: String(types[i]) }));
}

/** The file's column named row_id (any case) is kept under another name: row_id is ours. */
function tableColumnName(name: string, all: Array<{ name: string }>): string {
  if (name.toLowerCase() !== 'row_id') return name;
  let candidate = 'source_row_id';
  const taken = new Set(all.map((c) => c.name.toLowerCase()));
  for (let k = 2; taken.has(candidate); k++) candidate = `source_row_id_${k}`;
  return candidate;
}

async function createStaging(db: Database, internalName: string, dialect: CsvDialect, sampleSize: number,
  detected: Array<{ name: string; sqlType: string }>): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
  const select = detected.map(({ name }) => `${sqlIdentifier(name)} AS ${sqlIdentifier(tableColumnName(name, detected))}`);
  // Single-threaded WASM scans in file order, so row_number() over the scan is the file order.
  await db.query(`CREATE TABLE ${STAGING_TABLE} AS SELECT CAST(row_number() OVER () - 1 AS BIGINT) AS row_id` +
    `${select.length ? ', ' + select.join(', ') : ''} FROM ${readCsvCall(internalName, dialect, sampleSize)}`);
}
