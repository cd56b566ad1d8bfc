// Rows the reader could not split into the header's columns: kept in table `dataset_rejects` with
// their file line, the reason in words and the raw text, listed in the data view and downloadable.
import { tableFromArrays } from 'apache-arrow';
import { sqlIdentifier, sqlString, type Database } from './database';

export const REJECTS_TABLE = 'dataset_rejects';

export interface RejectedRow {
  /** 1-based physical line in the file where the record starts. */
  line: number;
  reason: string;
  raw: string;
}

const DELIMITER_WORDS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

/** Reads DuckDB's rejects scan table into `target` (line, reason, raw), one row per rejected record; `lineOf` maps a byte offset to its file line. */
export async function collectRejectedRows(db: Database, scanTable: string, target: string, lineOf: (byteOffset: number) => number,
  columnCount: number, delimiter: string): Promise<number> {
  const scan = await db.query(`SELECT line_byte_position::DOUBLE AS pos, any_value(error_type) AS type, any_value(error_message) AS message,
    any_value(csv_line) AS raw FROM ${sqlIdentifier(scanTable)} GROUP BY line_byte_position ORDER BY pos`);
  const at = (scan.getChild('pos')?.toArray() ?? []) as Float64Array;
  const types = (scan.getChild('type')?.toArray() ?? []) as string[];
  const messages = (scan.getChild('message')?.toArray() ?? []) as string[];
  const raws = (scan.getChild('raw')?.toArray() ?? []) as Array<string | null>;
  const line = new Float64Array(scan.numRows);
  const reason: string[] = [];
  const raw: string[] = [];
  for (let r = 0; r < scan.numRows; r++) {
    line[r] = lineOf(at[r]);
    reason.push(rejectionReason(String(types[r]), String(messages[r]), columnCount, delimiter));
    raw.push((raws[r] ?? '').replace(/\n$/, ''));
  }
  await createRejectsTable(db, target);
  if (scan.numRows > 0) {
    const staged = `${target}_staged`;
    await db.insertArrowTable(tableFromArrays({ line, reason, raw }), staged);
    await db.query(`INSERT INTO ${sqlIdentifier(target)} SELECT line, reason, raw FROM ${sqlIdentifier(staged)}; DROP TABLE ${sqlIdentifier(staged)}`);
  }
  return scan.numRows;
}

/** An empty table of rejected rows (line, reason, raw), replacing any earlier one. */
export async function createRejectsTable(db: Database, target: string): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(target)}; CREATE TABLE ${sqlIdentifier(target)} (line DOUBLE, reason VARCHAR, raw VARCHAR)`);
}

/** Why DuckDB rejected a record, in words that say what to do. */
export function rejectionReason(type: string, message: string, columnCount: number, delimiter: string): string {
  const found = /Found: (\d+)/.exec(message)?.[1];
  const name = DELIMITER_WORDS[delimiter] ?? 'delimiter';
  switch (type) {
    case 'TOO MANY COLUMNS':
      return `${found ?? 'More'} fields where the header has ${columnCount}: a value probably holds a ${name} without quotes around it.`;
    case 'MISSING COLUMNS':
      return `${found ?? 'Fewer'} fields where the header has ${columnCount}: values are missing or the row was cut.`;
    case 'UNQUOTED VALUE':
      return 'A double quote (") opens a value that is never closed, or stands inside a value without quotes around it.';
    case 'LINE SIZE OVER MAXIMUM':
      return 'The row is longer than the reader accepts: a quote may be missing, joining many lines into one.';
    case 'INVALID UNICODE':
      return 'The row holds bytes that are not text in the chosen encoding.';
    default:
      return `${message.split('\n')[0]}.`;
  }
}

/** `rejects`: the customer table's (dataset_rejects) unless another file's is named (see fileTables.ts). */
export async function listRejectedRows(db: Database, limit = 1000, rejects = REJECTS_TABLE): Promise<RejectedRow[]> {
  const exists = await db.query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name = ${sqlString(rejects)}`);
  if (Number(exists.getChild('n')?.get(0)) === 0) return [];
  const table = await db.query(`SELECT line, reason, raw FROM ${sqlIdentifier(rejects)} ORDER BY line LIMIT ${Math.max(0, Math.floor(limit))}`);
  const lines = table.getChild('line')?.toArray() as Float64Array;
  const reasons = table.getChild('reason')?.toArray() as string[];
  const raws = table.getChild('raw')?.toArray() as string[];
  return Array.from({ length: table.numRows }, (_, r) => ({ line: lines[r], reason: reasons[r], raw: raws[r] }));
}

/** Every rejected row as a UTF-8 CSV (line, reason, raw_text), to fix in a spreadsheet. */
export async function rejectedRowsCsv(db: Database, rejects = REJECTS_TABLE): Promise<Uint8Array> {
  const rows = await listRejectedRows(db, Number.MAX_SAFE_INTEGER, rejects);
  const field = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = ['line,reason,raw_text', ...rows.map((r) => [String(r.line), field(r.reason), field(r.raw)].join(','))].join('\n') + '\n';
  return new TextEncoder().encode(text);
}
