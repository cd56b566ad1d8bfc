// Decides how to read delimited UTF-8 text before DuckDB sees it (pure JS): delimiter (or aligned
// columns), BOM, header, lines, and warnings; rejects what is no table (empty, binary, no header).
import { CsvScanner, fieldText } from './csvScanner';
import { DataLoadError } from './dataLoadError';

export type CsvDelimiter = ',' | ';' | '\t' | '|';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  quote: '"';
  hasBom: boolean;
  /** Column names as written in the header line. */
  header: string[];
  /** Columns aligned with runs of spaces (no delimiter): the text is rewritten with tabs before reading. */
  aligned?: boolean;
  /** Things the user should know about how the file was split, in words. */
  warnings?: string[];
}

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t', '|'];
const DELIMITER_WORDS: Record<CsvDelimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };
/** Bytes and records looked at to decide the delimiter and to check the encoding. */
const SNIFF_BYTES = 1 << 16;
const SNIFF_RECORDS = 100;

/** `textChecked`: the caller already refused a NUL byte in this very text (decodeCsvText does). */
export function sniffCsv(bytes: Uint8Array, fileName = 'The file', { textChecked = false } = {}): CsvDialect {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = hasBom ? 3 : 0;
  if (isBlank(bytes, start)) {
    throw new DataLoadError({
      file: fileName,
      problem: 'The file is empty.',
      hint: 'Export the table again, or choose another file.',
    });
  }
  if (!textChecked) checkIsText(bytes, fileName);

  const sniffEnd = Math.min(bytes.length, start + SNIFF_BYTES);
  const chosen = chooseDelimiter(bytes, start, sniffEnd);
  const aligned = chosen === null && isSpaceAligned(bytes, start, sniffEnd);
  const delimiter = chosen ?? (aligned ? '\t' : ',');
  const headerRecord = aligned
    ? { fields: [] as Array<[number, number]> }
    : new CsvScanner(bytes, delimiter.charCodeAt(0), start, sniffEnd).nextRecord();
  const headerLine = aligned ? firstLine(bytes, start).trim().split(/ +/) : [];
  const header = aligned ? headerLine : headerRecord ? headerRecord.fields.map((f) => fieldText(bytes, f).trim()) : [];
  if (header.every((name) => name === '')) {
    throw new DataLoadError({
      file: fileName,
      line: 1,
      problem: 'The first line is blank, so the file has no header with column names.',
      hint: 'Remove the blank lines above the header (the line with the column names) and load the file again.',
    });
  }
  if (header.length > 1 && header.every((name) => NUMBER.test(name))) {
    throw new DataLoadError({
      file: fileName,
      line: 1,
      problem: 'The first line holds numbers, not column names: the file seems to have no header.',
      hint: 'Add a first line with a name for each column and load the file again.',
    });
  }
  const warnings: string[] = [];
  if (header.length === 1 && !aligned) {
    const inside = quotedDelimiter(bytes, start, sniffEnd);
    if (inside) {
      warnings.push(`The file reads as a single column, yet its lines hold ${DELIMITER_WORDS[inside]} inside quotes: each line seems quoted whole ` +
        '(as some Excel saves do). Remove the quotes at the start and end of each line, or export the table again as CSV.');
    }
  }
  return { delimiter, quote: '"', hasBom, header, ...(aligned ? { aligned } : {}), warnings };
}

/** The delimiter that appears inside quoted fields of a single-column file, if any. */
function quotedDelimiter(bytes: Uint8Array, start: number, end: number): CsvDelimiter | null {
  const record = new CsvScanner(bytes, 0, start, end).nextRecord();
  if (!record) return null;
  const text = fieldText(bytes, record.fields[0]);
  return CANDIDATES.find((d) => text.includes(d)) ?? null;
}

function firstLine(bytes: Uint8Array, start: number): string {
  const end = bytes.indexOf(0x0a, start);
  return new TextDecoder().decode(bytes.subarray(start, end < 0 ? bytes.length : end));
}

/** Columns separated by runs of spaces: every sampled line splits into the same number (2 or more) of words. */
function isSpaceAligned(bytes: Uint8Array, start: number, end: number): boolean {
  const lines = new TextDecoder().decode(bytes.subarray(start, end)).split('\n').slice(0, SNIFF_RECORDS + 1);
  if (end < bytes.length) lines.pop();
  const counts = lines.filter((l) => l.trim() !== '').map((l) => l.trim().split(/ +/).length);
  return counts.length > 1 && counts[0] >= 2 && counts.every((c) => c === counts[0]) && !lines.some((l) => l.includes('"'));
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

function isBlank(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Picks the candidate whose records most consistently have the header's field count (more than one); null if none splits. */
function chooseDelimiter(bytes: Uint8Array, start: number, end: number): CsvDelimiter | null {
  let best: CsvDelimiter | null = null;
  let bestScore = -1;
  for (const candidate of CANDIDATES) {
    const scanner = new CsvScanner(bytes, candidate.charCodeAt(0), start, end);
    const counts: number[] = [];
    for (let record = scanner.nextRecord(); record && counts.length < SNIFF_RECORDS; record = scanner.nextRecord()) {
      // The last record in a truncated sample may be cut short; blank lines say nothing.
      if (record.unterminatedQuote && end < bytes.length) break;
      if (record.fields.length === 1 && record.fields[0][0] === record.fields[0][1]) continue;
      counts.push(record.fields.length);
    }
    if (counts.length === 0 || counts[0] < 2) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    // Consistency first; among equally consistent candidates, more columns is the likelier split.
    const score = consistent * 1000 + Math.min(counts[0], 999);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** Rejects binary files (a NUL byte anywhere): text arrives here already transcoded to UTF-8. */
function checkIsText(bytes: Uint8Array, fileName: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DataLoadError({
      file: fileName,
      ...lineAndColumn(bytes, nul),
      problem: 'The file contains binary data (a NUL byte), so it is not a CSV text file.',
      hint: 'Choose a CSV export (comma, semicolon or tab separated text), not a spreadsheet or archive.',
    });
  }
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
