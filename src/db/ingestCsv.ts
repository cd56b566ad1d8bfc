// Loads delimited text into DuckDB, typed from ALL values: one JS scan settles plain columns, read typed;
// the rest are typed in SQL. `dataset` has a 0-based row_id; bad rows go to dataset_rejects.
import { sqlIdentifier, sqlString, type Database } from './database';
import { DataLoadError } from './dataLoadError';
import type { DataFormat } from './dataFormat';
import { explainCsvError } from './explainCsvError';
import { LineIndex } from './lineIndex';
import { prepareCsvText, type CsvTextHead, type CsvTextPreparer, type PreparedCsvText } from './prepareCsvText';
import { collectRejectedRows, createRejectsTable, REJECTS_TABLE } from './rejectedRows';
import type { CsvDialect } from './sniffCsv';
import { ENCODING_LABELS, type TextEncodingName } from './text/detectEncoding';
import { encodingChosenFor, rememberSource } from './text/encodingChoices';
import type { DayMonthOrder } from './typing/columnTyping';
import { buildTypedTable } from './typing/buildTypedTable';
import { INFERRED, planColumn, readTypeOf, type ColumnPlan } from './typing/columnPlan';
import type { ColumnShape } from './typing/columnShapes';
import type { RawColumn } from './typing/inferColumnTypes';

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
  /**
   * Every value differs from the others: the load's scan found them ascending in file order (an id column) and
   * DuckDB holds them as written. The profile then takes their distinct count without grouping them.
   */
  allDistinct?: boolean;
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
  /** Delimited text: DuckDB read the browser's File in place (no copy of it in the WebAssembly heap). */
  readInPlace?: boolean;
  /**
   * Delimited text: wall seconds per load phase (decode, scan, register, read, rejects, typing, rename); after a
   * read started from the head of the scan, "scan wait" is the wait for the rest of the scan.
   */
  phaseSeconds?: Record<string, number>;
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
  /** Told what the load is doing, a few times per second at most. */
  onProgress?: (progress: LoadProgress) => void;
  /** The browser's File the bytes came from: registered as it is when DuckDB can read it without a rewrite. */
  file?: Blob;
  /** Where the JS passes (encoding, dialect, value scan) run: the browser's worker; in place when left out. */
  prepareText?: CsvTextPreparer;
}

export interface LoadProgress {
  /** What is being done, in words ("Scanning the values"). */
  phase: string;
  /** 0..1 of the whole load. */
  fraction: number;
}

export const DATASET_TABLE = 'dataset';
/** The cells whose typed value does not print as the file wrote them (VARCHAR), keyed by row_id: exports write these. */
export const DATASET_RAW_TABLE = 'dataset_raw';
/** Table (position, name, header) kept beside `dataset` so that exports can restore the header. */
export const DATASET_COLUMNS_TABLE = 'dataset_columns';
/** What one read of the text found: rows rejected, and whether DuckDB split and typed the rows as the scan expects. */
interface ReadOutcome {
  rejected: number;
  agrees: boolean;
}

/** A load's state shared by its early read (started from the head of the scan) and the rest. */
interface LoadState {
  /** A read has started: the scan's progress, still coming, would take the bar back. */
  reading: boolean;
  /** The text DuckDB was given (the caller's bytes explain a failed read when it reads the File in place). */
  registered: { readable: Uint8Array; inPlace: boolean } | null;
  /** The read started from the head: its plans, and whether DuckDB read every row with them. */
  early: { plans: ColumnPlan[]; agrees: Promise<boolean> } | null;
  prepared: PreparedCsvText | null;
}

const LOADING = {
  read: 'dataset_read_loading', raw: 'dataset_raw_loading', typed: 'dataset_loading', rejects: 'dataset_rejects_loading',
  scan: 'dataset_rejects_scan', scans: 'dataset_rejects_scans',
};
let uploadCounter = 0;

export async function ingestCsv(db: Database, fileName: string, bytes: Uint8Array, options: CsvLoadOptions = {}): Promise<CsvDatasetInfo> {
  const report = options.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  let lapStart = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - lapStart) / 1000;
    lapStart = now;
  };
  const choices = { encoding: options.encoding ?? encodingChosenFor(fileName), missingValues: options.missingValues, columnMissingValues: options.columnMissingValues };
  const load: LoadState = { reading: false, registered: null, early: null, prepared: null };
  const progress = (phase: string, fraction: number) => {
    // The decode ends where the scan starts: lap there, so that both keep their own time.
    if (phase === 'Scanning the values' && timings.decode === undefined && !load.reading) lap('decode');
    if (!load.reading) report({ phase, fraction });
  };
  const inWorker = options.prepareText !== undefined;
  const internalName = `audience-lab-upload-${++uploadCounter}.csv`;
  // A file DuckDB can read as it is stays where it is (the browser's File): no copy into the WebAssembly heap.
  const readsInPlace = (unchanged: boolean, dialect: CsvDialect) =>
    options.file !== undefined && db.registerFileHandle !== undefined && unchanged && !dialect.hasBom;
  const register = async (readable: Uint8Array, inPlace: boolean) => {
    if (inPlace && options.file && db.registerFileHandle) await db.registerFileHandle(internalName, options.file);
    else await db.registerFileBuffer(internalName, readable);
    load.registered = { readable, inPlace };
    lap('register');
  };
  const read = async (names: string[], dialect: CsvDialect, plans: ColumnPlan[], keepRejects: boolean): Promise<ReadOutcome> => {
    await dropLoadingTables(db);
    report({ phase: 'Reading into the database', fraction: 0.25 });
    try {
      await db.query(`CREATE TABLE ${LOADING.read} AS SELECT CAST(row_number() OVER () - 1 AS BIGINT) AS row_id, ` +
        `${names.map((name, i) => `c${i} AS ${sqlIdentifier(name)}`).join(', ')} FROM ${readCall(internalName, dialect, plans, keepRejects)}`);
    } catch (error) {
      // Read without keeping rejects, a file fails on its first bad row or value: it is read again keeping them.
      if (!keepRejects) return { rejected: 0, agrees: false };
      throw error instanceof DataLoadError ? error
        : await explainCsvError(String(error), { db, fileName, bytes: load.registered?.readable ?? bytes, dialect, internalName });
    }
    lap('read');
    if (!keepRejects || !load.prepared) {
      await createRejectsTable(db, LOADING.rejects);
      lap('rejects');
      return { rejected: 0, agrees: true };
    }
    const { scan } = load.prepared;
    // From the scan: the browser build detaches the registered bytes, so the text cannot be read again here.
    const lines = LineIndex.fromNewlines(scan.newlines);
    const casts = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${LOADING.scan} WHERE error_type = 'CAST'`);
    const rejected = await collectRejectedRows(db, LOADING.scan, LOADING.rejects, (offset) => lines.lineOf(offset), names.length, dialect.delimiter);
    lap('rejects');
    return { rejected, agrees: Number(casts.getChild('n')?.get(0)) === 0 && rejected === scan.misshapen };
  };
  const orders = (dialect: CsvDialect, names: string[]) =>
    names.map((name, i) => options.dateOrders?.[dialect.header[i]] ?? options.dateOrders?.[name]);
  // A preparer elsewhere (a worker) tells the head of a long text: DuckDB reads it typed from that chunk's plans
  // while the rest is scanned, and the whole scan then confirms those read types or the file is read again.
  const onHead = (head: CsvTextHead) => {
    const inPlace = readsInPlace(head.unchanged, head.dialect);
    // The caller's bytes are the text only when unchanged, and are registered early only where DuckDB copies them.
    if (!inPlace && !(head.unchanged && !db.detachesRegisteredBuffers)) return;
    // A head decoded here (Node's worker preparer) comes before any progress from the worker.
    lap(timings.decode === undefined ? 'decode and head' : 'scan');
    load.reading = true;
    const dayMonth = orders(head.dialect, head.names);
    const plans = head.shapes.map((shape, i) => planColumn(shape, head.dialect.delimiter, dayMonth[i]));
    const agrees = (async () => {
      await register(bytes.subarray(head.dialect.hasBom ? 3 : 0), inPlace);
      return (await read(head.names, head.dialect, plans, false)).agrees;
    })();
    // A failure here is met again, and explained, by the regular read after the scan.
    load.early = { plans, agrees: agrees.catch(() => false) };
  };
  try {
    // In place (Node's in-thread path) the scan and DuckDB share one thread: an early read would gain nothing there.
    const prepared = await (options.prepareText ? options.prepareText(bytes, fileName, choices, progress, options.file, onHead)
      : prepareCsvText(bytes, fileName, choices, progress));
    load.prepared = prepared;
    if (timings.decode === undefined && !load.early) lap('decode');
    const early = load.early ? { plans: load.early.plans, agrees: await load.early.agrees } : null;
    // After an early read, what is left is the wait for the rest of the scan (0 when the scan ended first).
    lap(early ? 'scan wait' : 'scan');
    const { decoded, text, unchanged, dialect, names, sentinels, scan } = prepared;
    const start = dialect.hasBom ? 3 : 0;
    const inPlace = readsInPlace(unchanged, dialect);
    // The browser build transfers (detaches) what it registers: the caller's own bytes are copied (the worker's are its own).
    // Read in place, the caller's bytes serve only to explain a failed read, and the worker's copy is let go.
    const ownBytes = inWorker || !unchanged;
    if (!load.registered) {
      await register(inPlace ? bytes : ownBytes ? text.subarray(start) : db.detachesRegisteredBuffers ? bytes.slice(start) : bytes.subarray(start), inPlace);
    }
    const dayMonth = orders(dialect, names);
    const columns: RawColumn[] = names.map((name, i) => ({ name, missing: { sentinels: sentinels[i] }, order: dayMonth[i] }));
    let plans = scan.shapes.map((shape, i) => planColumn(shape, dialect.delimiter, columns[i].order));
    // The early read stands if the whole file's plans read every column as it did (their typing may still differ).
    const confirmed = early !== null && early.agrees && scan.misshapen === 0 && plans.every((p, i) => readTypeOf(p) === readTypeOf(early.plans[i]));
    // A file whose every record the scan found well formed is read without DuckDB's rejects bookkeeping.
    const regular = confirmed ? { rejected: 0, agrees: true } : scan.misshapen === 0 ? await read(names, dialect, plans, false) : null;
    const first = regular?.agrees ? regular : await read(names, dialect, plans, true);
    let rejectedCount = first.rejected;
    if (!first.agrees && plans.some((p) => p.mode !== 'inferred')) {
      // DuckDB split some rows otherwise than the scan (a stray quote, say) or a typed read failed: read every
      // column as text and count its values in SQL, as for columns the scan could not settle.
      plans = plans.map(() => INFERRED);
      ({ rejected: rejectedCount } = await read(names, dialect, plans, true));
    }
    report({ phase: 'Typing the columns', fraction: 0.7 });
    const typed = await buildTypedTable(db, LOADING.read, LOADING.typed, LOADING.raw, columns, plans, dialect.delimiter);
    lap('typing');
    const datasetColumns: DatasetColumn[] = names.map((name, i) => ({
      name, sqlType: typed[i].sqlType, header: dialect.header[i], ...typed[i].details, ...(heldAsAscending(plans[i], scan.shapes[i]) ? { allDistinct: true } : {}),
    }));
    await db.query(`DROP TABLE IF EXISTS segments; DROP TABLE IF EXISTS ${DATASET_TABLE}; DROP TABLE IF EXISTS ${DATASET_RAW_TABLE}; ` +
      `DROP TABLE IF EXISTS ${REJECTS_TABLE}; DROP TABLE IF EXISTS ${DATASET_COLUMNS_TABLE};`);
    await db.query(`ALTER TABLE ${LOADING.typed} RENAME TO ${DATASET_TABLE}; ALTER TABLE ${LOADING.rejects} RENAME TO ${REJECTS_TABLE};` +
      (typed.some((c) => c.keptRaw) ? ` ALTER TABLE ${LOADING.raw} RENAME TO ${DATASET_RAW_TABLE};` : ''));
    // print_format: how exports write a column's typed value back as the file wrote it (see exportSegmentsCsv).
    await db.query(`CREATE TABLE ${DATASET_COLUMNS_TABLE} (position INTEGER, name VARCHAR, header VARCHAR, print_format VARCHAR)`);
    if (datasetColumns.length > 0) {
      const format = (i: number) => { const f = typed[i].printFormat; return f ? sqlString(f) : 'NULL'; };
      await db.query(`INSERT INTO ${DATASET_COLUMNS_TABLE} VALUES ${datasetColumns.map((c, i) => `(${i}, ${sqlString(c.name)}, ${sqlString(c.header)}, ${format(i)})`).join(', ')}`);
    }
    const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${DATASET_TABLE}`);
    const rowCount = Number(count.getChild('n')?.get(0) ?? 0);
    lap('rename');
    rememberSource(fileName, bytes);
    const encoding: DatasetEncoding = {
      name: decoded.encoding, label: ENCODING_LABELS[decoded.encoding], reason: decoded.reason, transcoded: decoded.transcoded, replaced: decoded.replaced,
    };
    const recordCount = scan.recordCount;
    return { fileName, table: 'dataset', rowCount, columns: datasetColumns, dialect, encoding, rejectedCount, recordCount, readInPlace: inPlace,
      phaseSeconds: timings, warnings: loadWarnings(dialect, decoded.replaced, rowCount + rejectedCount, recordCount) };
  } finally {
    // An early read still running when the scan failed ends before its tables and file are let go.
    await load.early?.agrees;
    await dropLoadingTables(db);
    if (load.registered) await db.dropFile(internalName);
  }
}

/**
 * Values ascending byte-wise are distinct values of the column when DuckDB holds each as written: text as it
 * is, integers (no leading zero, no "-0") and ISO dates. Not decimals: "-0.0" and "0.0" are one double.
 */
function heldAsAscending(plan: ColumnPlan, shape: ColumnShape): boolean {
  return shape.ascending && plan.mode === 'direct' && (plan.readType === 'VARCHAR' || plan.readType === 'BIGINT' || plan.readType === 'DATE');
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

/** Columns typed as their plans say (text otherwise), structure fixed (no detection), bad records kept aside. */
function readCall(internalName: string, dialect: CsvDialect, plans: ColumnPlan[], keepRejects: boolean): string {
  const columns = plans.map((p, i) => `'c${i}': '${readTypeOf(p)}'`).join(', ');
  return `read_csv(${sqlString(internalName)}, delim=${sqlString(dialect.delimiter)}, header=true, quote='"', escape='"', ` +
    `auto_detect=false, columns={${columns}}, skip=0, strict_mode=true, null_padding=false` +
    (keepRejects ? `, store_rejects=true, rejects_table='${LOADING.scan}', rejects_scan='${LOADING.scans}')` : ')');
}
