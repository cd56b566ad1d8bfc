// The JS passes of a delimited-text load, before DuckDB reads it: encoding, line endings, dialect and the
// value scan. Pure (no DOM, no DuckDB): ingestCsv runs it in place in Node, the browser in csvScanWorker.
import { alignedToTabs } from './alignedColumns';
import { uniqueColumnNames } from './headerNames';
import { normaliseLineEndings } from './lineEndings';
import { sniffCsv, type CsvDialect } from './sniffCsv';
import { decodeCsvText, type DecodedText } from './text/decodeCsvText';
import type { TextEncodingName } from './text/detectEncoding';
import { ColumnShapeScanner, type ColumnShape, type ShapeScan } from './typing/columnShapes';

/** What the passes need from the load's options. */
export interface CsvTextChoices {
  /** The user's encoding, overriding the guess. */
  encoding?: TextEncodingName;
  /** Values read as missing in every column. */
  missingValues?: string[];
  /** Values read as missing in one column, by its header name (or its unique name). */
  columnMissingValues?: Record<string, string[]>;
}

export interface PreparedCsvText {
  /** The encoding settled, without the bytes. */
  decoded: Omit<DecodedText, 'bytes'>;
  /** UTF-8 text with LF line endings, as DuckDB reads it (the BOM, if any, still at its head). */
  text: Uint8Array;
  /** The text is the input bytes unchanged (no transcoding, no line-ending or alignment rewrite). */
  unchanged: boolean;
  dialect: CsvDialect;
  /** Column names made unique, and each column's declared missing values. */
  names: string[];
  sentinels: string[][];
  scan: ShapeScan;
}

/** Phases as the load reports them; fractions are of the whole load (the scan ends at 0.25). */
export type CsvTextProgress = (phase: string, fraction: number) => void;

/**
 * What the passes know once the first chunk of a longer text is scanned: the dialect and that chunk's value
 * shapes, enough to start a typed read that the whole scan then confirms (or refutes: the file is read again).
 */
export interface CsvTextHead {
  /** The text is the input bytes unchanged: the caller's own bytes (or File) can be registered as they are. */
  unchanged: boolean;
  dialect: CsvDialect;
  names: string[];
  sentinels: string[][];
  /** The shapes of the first chunk's records only. */
  shapes: ColumnShape[];
}

/** Told the head of a text longer than one chunk, before the rest is scanned. */
export type CsvHeadListener = (head: CsvTextHead) => void;

/** Bytes scanned between two progress reports (and, in the page, two chances to repaint); the head is the first chunk. */
export const SCAN_CHUNK = 4 << 20;

/** The text decoded and its dialect settled: all but the value scan (a worker can be given it to scan). */
export type DecodedCsvText = Omit<PreparedCsvText, 'scan'>;

export function decodeCsvForScan(bytes: Uint8Array, fileName: string, choices: CsvTextChoices): DecodedCsvText {
  const { bytes: decodedBytes, ...decoded } = decodeCsvText(bytes, fileName, choices.encoding);
  let text = normaliseLineEndings(decodedBytes);
  const dialect = sniffCsv(text, fileName, { textChecked: true });
  if (dialect.aligned) text = alignedToTabs(text);
  const names = uniqueColumnNames(dialect.header);
  const sentinels = names.map((name, i) => [
    ...(choices.missingValues ?? []), ...(choices.columnMissingValues?.[dialect.header[i]] ?? choices.columnMissingValues?.[name] ?? []),
  ]);
  return { decoded, text, unchanged: text === bytes, dialect, names, sentinels };
}

function scannerFor({ dialect, names, sentinels }: DecodedCsvText): ColumnShapeScanner {
  return new ColumnShapeScanner(dialect.delimiter.charCodeAt(0), names.length, sentinels.map((s) => new Set(s)));
}

const bodyOf = ({ text, dialect }: DecodedCsvText) => text.subarray(dialect.hasBom ? 3 : 0);

function headOf({ unchanged, dialect, names, sentinels }: DecodedCsvText, scanner: ColumnShapeScanner): CsvTextHead {
  return { unchanged, dialect, names, sentinels, shapes: scanner.shapesSoFar() };
}

/** Scans the first chunk of decoded text only: the head a typed read can start from (null when one chunk is all). */
export function scanCsvHead(decoded: DecodedCsvText): CsvTextHead | null {
  const body = bodyOf(decoded);
  if (body.length <= SCAN_CHUNK) return null;
  const scanner = scannerFor(decoded);
  scanner.push(body.subarray(0, SCAN_CHUNK));
  return headOf(decoded, scanner);
}

/** The value scan of decoded text, a chunk at a time (progress between chunks, the head after the first). */
export async function scanDecodedCsvText(decoded: DecodedCsvText, progress: CsvTextProgress, onHead?: CsvHeadListener): Promise<PreparedCsvText> {
  const body = bodyOf(decoded);
  const scanner = scannerFor(decoded);
  for (let at = 0; at < body.length; at += SCAN_CHUNK) {
    progress('Scanning the values', 0.05 + 0.2 * (at / body.length));
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    scanner.push(body.subarray(at, Math.min(body.length, at + SCAN_CHUNK)));
    if (at === 0 && body.length > SCAN_CHUNK) onHead?.(headOf(decoded, scanner));
  }
  return { ...decoded, scan: scanner.finish() };
}

export async function prepareCsvText(bytes: Uint8Array, fileName: string, choices: CsvTextChoices, progress: CsvTextProgress,
  onHead?: CsvHeadListener): Promise<PreparedCsvText> {
  progress('Checking the encoding', 0);
  return scanDecodedCsvText(decodeCsvForScan(bytes, fileName, choices), progress, onHead);
}

/**
 * Runs the passes somewhere else (the browser's csvScanWorker, a Node worker thread); `file`, when given, holds
 * the same bytes. A preparer that calls `onHead` lets the load start reading while the rest is scanned.
 */
export type CsvTextPreparer = (bytes: Uint8Array, fileName: string, choices: CsvTextChoices, progress: CsvTextProgress, file?: Blob,
  onHead?: CsvHeadListener) => Promise<PreparedCsvText>;
