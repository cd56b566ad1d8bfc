// Decides how to read a CSV file before DuckDB sees it (pure JS): delimiter, BOM, header, lines.
// Rejects what is not a readable UTF-8 table (empty, binary, other encodings, no header) in plain words.
import { CsvScanner, fieldText } from './csvScanner';
import { DataLoadError } from './dataLoadError';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  quote: '"';
  hasBom: boolean;
  /** Physical lines in the file, header included (a last line without a newline counts). */
  lineCount: number;
  /** Column names as written in the header line. */
  header: string[];
}

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t'];
/** Bytes and records looked at to decide the delimiter and to check the encoding. */
const SNIFF_BYTES = 1 << 16;
const SNIFF_RECORDS = 100;
const UTF8_CHECK_BYTES = 1 << 20;

export function sniffCsv(bytes: Uint8Array, fileName = 'The file'): CsvDialect {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = hasBom ? 3 : 0;
  if (isBlank(bytes, start)) {
    throw new DataLoadError({
      file: fileName,
      problem: 'The file is empty.',
      hint: 'Export the table again, or choose another file.',
    });
  }
  checkIsText(bytes, fileName);

  const sniffEnd = Math.min(bytes.length, start + SNIFF_BYTES);
  const delimiter = chooseDelimiter(bytes, start, sniffEnd);
  const headerRecord = new CsvScanner(bytes, delimiter.charCodeAt(0), start, sniffEnd).nextRecord();
  const header = headerRecord ? headerRecord.fields.map((f) => fieldText(bytes, f).trim()) : [];
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
  return { delimiter, quote: '"', hasBom, lineCount: countLines(bytes, start), header };
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

function isBlank(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Picks the candidate whose records most consistently have the header's field count (more than one). */
function chooseDelimiter(bytes: Uint8Array, start: number, end: number): CsvDelimiter {
  let best: CsvDelimiter = ',';
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

/** Rejects binary files (NUL bytes anywhere) and text that is not UTF-8 (checked on the first megabyte). */
function checkIsText(bytes: Uint8Array, fileName: string): void {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DataLoadError({
      file: fileName,
      problem: 'The file is UTF-16 text (Excel\'s "Unicode Text"), which this version cannot read.',
      hint: 'Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) and load it again.',
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DataLoadError({
      file: fileName,
      ...lineAndColumn(bytes, nul),
      problem: 'The file contains binary data (a NUL byte), so it is not a CSV text file.',
      hint: 'Choose a CSV export (comma, semicolon or tab separated text), not a spreadsheet or archive.',
    });
  }
  const bad = firstInvalidUtf8(bytes, Math.min(bytes.length, UTF8_CHECK_BYTES));
  if (bad >= 0) {
    throw new DataLoadError({
      file: fileName,
      ...lineAndColumn(bytes, bad),
      problem: 'The file is not UTF-8 text (this byte is not valid UTF-8; it may be Windows-1252 or Latin-1).',
      hint: 'Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) and load it again.',
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

/** Offset of the first byte that breaks UTF-8 within [0, end), or -1; a sequence cut by `end` is fine. */
function firstInvalidUtf8(bytes: Uint8Array, end: number): number {
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > end) return end < bytes.length ? -1 : i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

function countLines(bytes: Uint8Array, start: number): number {
  let lines = 0;
  let from = start;
  for (let at = bytes.indexOf(0x0a, from); at >= 0; at = bytes.indexOf(0x0a, from)) {
    lines++;
    from = at + 1;
  }
  return from < bytes.length ? lines + 1 : lines;
}
