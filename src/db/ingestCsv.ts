// Loads delimited text into DuckDB: every cell first as text in `dataset_raw` (kept for exports), then
// typed from ALL values into `dataset` (0-based row_id in file order); bad rows go to dataset_rejects.
import { sqlIdentifier, sqlString, type Database } from './database';
import { DataLoadError } from './dataLoadError';
import type { DataFormat } from './dataFormat';
import { explainCsvError } from './explainCsvError';
import { alignedToTabs } from './alignedColumns';
import { uniqueColumnNames } from './headerNames';
import { countDataRecords, LineIndex } from './lineIndex';
import { normaliseLineEndings } from './lineEndings';
import { collectRejectedRows, REJECTS_TABLE } from './rejectedRows';
import { sniffCsv, type CsvDialect } from './sniffCsv';
import { decodeCsvText } from './text/decodeCsvText';
import { ENCODING_LABELS, type TextEncodingName } from './text/detectEncoding';
import { encodingChosenFor, rememberSource } from './text/encodingChoices';
import type { DayMonthOrder } from './typing/columnTyping';
import { buildTypedTable } from './typing/buildTypedTable';

export interface DatasetColumn {
  /** Column name in the `dataset` table. */
  name: string;
  /** DuckDB type, e.g. BIGINT, DOUBLE, VARCHAR, DATE. */
  sqlType: string;
  /** The name as written in the file's header (differs from `name` when blank, duplicated or padded). */
  header: string;
  /** Cells read as missing although something was written (NA, -, #N/A, a lone space, a declared sentinel). */
  missingTokens?: number;
  /** Numbers: the decimal mark the column was read with. */
  decimalMark?: '.' | ',';
  /** Dates: the format(s) read, e.g. "dd/mm/yyyy" (several joined by " + " when the column mixes them). */
  dateFormat?: string;
  /** How the type was settled, when worth telling ("decimal comma, settled by the whole column"). */
  typeNote?: string;
}

export interface DatasetEncoding {
  name: TextEncodingName;
  label: string;
  /** "Windows-1252: bytes 0x80-0x9F such as € (0x80) at line 12". */
  reason: string;
  transcoded: boolean;
  /** Bytes that do not exist in the encoding, read as U+FFFD. */
  replaced: number;
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
  encoding?: DatasetEncoding;
  /** Records that could not be read as a row of the table (kept in dataset_rejects). */
  rejectedCount?: number;
  /** Data records in the file: rowCount + rejectedCount. */
  recordCount?: number;
  /** What the user should know about the load, in words. */
  warnings?: string[];
}

/** What ingestCsv returns: delimited text always has a dialect. */
export type CsvDatasetInfo = DatasetInfo & { dialect: CsvDialect };

export interface CsvLoadOptions {
  /** The user's encoding, overriding the guess (and any choice made earlier with chooseEncoding). */
  encoding?: TextEncodingName;
  /** Values read as missing in every column (compared with the trimmed text), e.g. "-1" or "999". */
  missingValues?: string[];
  /** Values read as missing in one column, by its header name. */
  columnMissingValues?: Record<string, string[]>;
  /** The day/month order of a date column, by its header name. */
  dateOrders?: Record<string, DayMonthOrder>;
}

export const DATASET_TABLE = 'dataset';
/** Every cell as written in the file (VARCHAR), keyed by row_id: exports write these, untouched. */
export const DATASET_RAW_TABLE = 'dataset_raw';
/** Table (position, name, header) kept beside `dataset` so that exports can restore the header. */
export const DATASET_COLUMNS_TABLE = 'dataset_columns';
const LOADING = { raw: 'dataset_raw_loading', typed: 'dataset_loading', rejects: 'dataset_rejects_loading', scan: 'dataset_rejects_scan', scans: 'dataset_rejects_scans' };
let uploadCounter = 0;

export async function ingestCsv(db: Database, fileName: string, bytes: Uint8Array, options: CsvLoadOptions = {}): Promise<CsvDatasetInfo> {
  const decoded = decodeCsvText(bytes, fileName, options.encoding ?? encodingChosenFor(fileName));
  let text = normaliseLineEndings(decoded.bytes);
  const dialect = sniffCsv(text, fileName);
  if (dialect.aligned) text = alignedToTabs(text);
  const start = dialect.hasBom ? 3 : 0;
  // The browser build transfers (detaches) what it registers: the caller's own bytes are copied.
  const readable = text === bytes ? bytes.slice(start) : text.subarray(start);
  const lines = new LineIndex(readable);
  const recordCount = countDataRecords(readable);
  const names = uniqueColumnNames(dialect.header);
  const internalName = `audience-lab-upload-${++uploadCounter}.csv`;
  await db.registerFileBuffer(internalName, readable);
  try {
    await dropLoadingTables(db);
    try {
      await db.query(`CREATE TABLE ${LOADING.raw} AS SELECT CAST(row_number() OVER () - 1 AS BIGINT) AS row_id, ` +
        `${names.map((name, i) => `c${i} AS ${sqlIdentifier(name)}`).join(', ')} FROM ${rawReadCall(internalName, dialect, names.length)}`);
    } catch (error) {
      throw error instanceof DataLoadError ? error : await explainCsvError(String(error), { db, fileName, bytes: readable, dialect, internalName });
    }
    const rejectedCount = await collectRejectedRows(db, LOADING.scan, LOADING.rejects, lines, names.length, dialect.delimiter);
    const typed = await buildTypedTable(db, LOADING.raw, LOADING.typed, names.map((name, i) => ({
      name,
      missing: { sentinels: [...(options.missingValues ?? []), ...(options.columnMissingValues?.[dialect.header[i]] ?? options.columnMissingValues?.[name] ?? [])] },
      order: options.dateOrders?.[dialect.header[i]] ?? options.dateOrders?.[name],
    })), dialect.delimiter);

    const columns: DatasetColumn[] = names.map((name, i) => ({ name, sqlType: typed[i].sqlType, header: dialect.header[i], ...typed[i].details }));
    await db.query(`DROP TABLE IF EXISTS segments; DROP TABLE IF EXISTS ${DATASET_TABLE}; DROP TABLE IF EXISTS ${DATASET_RAW_TABLE}; ` +
      `DROP TABLE IF EXISTS ${REJECTS_TABLE}; DROP TABLE IF EXISTS ${DATASET_COLUMNS_TABLE};`);
    await db.query(`ALTER TABLE ${LOADING.typed} RENAME TO ${DATASET_TABLE}; ALTER TABLE ${LOADING.raw} RENAME TO ${DATASET_RAW_TABLE}; ` +
      `ALTER TABLE ${LOADING.rejects} RENAME TO ${REJECTS_TABLE};`);
    await db.query(`CREATE TABLE ${DATASET_COLUMNS_TABLE} (position INTEGER, name VARCHAR, header VARCHAR)`);
    if (columns.length > 0) {
      await db.query(`INSERT INTO ${DATASET_COLUMNS_TABLE} VALUES ${columns.map((c, i) => `(${i}, ${sqlString(c.name)}, ${sqlString(c.header)})`).join(', ')}`);
    }
    const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${DATASET_TABLE}`);
    const rowCount = Number(count.getChild('n')?.get(0) ?? 0);
    rememberSource(fileName, bytes);
    const encoding: DatasetEncoding = {
      name: decoded.encoding, label: ENCODING_LABELS[decoded.encoding], reason: decoded.reason, transcoded: decoded.transcoded, replaced: decoded.replaced,
    };
    return { fileName, table: 'dataset', rowCount, columns, dialect, encoding, rejectedCount, recordCount,
      warnings: loadWarnings(dialect, decoded.replaced, rowCount + rejectedCount, recordCount) };
  } finally {
    await dropLoadingTables(db);
    await db.dropFile(internalName);
  }
}

function loadWarnings(dialect: CsvDialect, replaced: number, read: number, records: number): string[] {
  const warnings = [...(dialect.warnings ?? [])];
  if (replaced > 0) {
    warnings.push(`${replaced.toLocaleString('en')} bytes are not text in this encoding and show as �: choose another encoding if accents look wrong.`);
  }
  if (read !== records) {
    // DuckDB and a plain RFC 4180 count disagree (a stray quote inside a value, say): say so rather than hide it.
    warnings.push(`The file holds ${records.toLocaleString('en')} records by a plain count, but ${read.toLocaleString('en')} were read or rejected: ` +
      'a stray double quote may join or split rows; check the rejected rows and the quotes in the file.');
  }
  return warnings;
}

async function dropLoadingTables(db: Database): Promise<void> {
  await db.query(Object.values(LOADING).map((t) => `DROP TABLE IF EXISTS ${t};`).join(' '));
}

/** Every column as VARCHAR, structure fixed (no detection), bad records kept aside rather than skipped. */
function rawReadCall(internalName: string, dialect: CsvDialect, columnCount: number): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(internalName)}, delim=${sqlString(dialect.delimiter)}, header=true, quote='"', escape='"', ` +
    `auto_detect=false, columns={${columns}}, skip=0, strict_mode=true, null_padding=false, ` +
    `store_rejects=true, rejects_table='${LOADING.scan}', rejects_scan='${LOADING.scans}')`;
}
