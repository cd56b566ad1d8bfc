// Decides a file's format from its first bytes (PAR1, a zip, `[` or `{`) and its name: the first step of
// ingestFile. Formats the app cannot read (old Excel, a binary renamed .csv) get a plain error here.
import { DataLoadError } from './dataLoadError';

export type DataFormat = 'csv' | 'parquet' | 'json' | 'ndjson' | 'xlsx';

/** What the data panel shows for each format. */
export const FORMAT_LABELS: Record<DataFormat, string> = {
  csv: 'CSV', parquet: 'Parquet', json: 'JSON', ndjson: 'NDJSON', xlsx: 'Excel',
};

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": .xlsx is a zip of XML files
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Excel 97-2003 .xls and other Office files
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);

export function detectDataFormat(fileName: string, bytes: Uint8Array): DataFormat {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1].toLowerCase() ?? '';
  if (startsWith(bytes, PARQUET_MAGIC)) return 'parquet';
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DataLoadError({
      file: fileName,
      problem: 'An .xls file from Excel 97-2003 is not supported.',
      hint: 'Open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then load that file.',
    });
  }
  if (extension === 'parquet') throw notWhatItsNameSays(fileName, 'a Parquet file', 'PAR1');
  if (extension === 'xlsx') throw notWhatItsNameSays(fileName, 'an Excel .xlsx workbook', 'a zip archive');
  if (extension === 'xls') {
    throw new DataLoadError({
      file: fileName,
      problem: 'This .xls file is not an Excel workbook the app can read.',
      hint: 'Save it from Excel as .xlsx or CSV UTF-8, then load that file.',
    });
  }
  if (TEXT_EXTENSIONS.has(extension)) return 'csv';
  const first = firstVisibleByte(bytes);
  if (first === 0x5b) return 'json'; // "["
  if (first === 0x7b) return 'ndjson'; // "{"
  if (extension === 'json' || extension === 'ndjson' || extension === 'jsonl') {
    throw new DataLoadError({
      file: fileName, line: 1,
      problem: 'This file does not start with "[" (a JSON list of records) or "{" (one JSON record per line).',
      hint: 'Export the data as a JSON array of objects, as NDJSON, or as CSV, then load it again.',
    });
  }
  return 'csv';
}

function notWhatItsNameSays(fileName: string, what: string, expected: string): DataLoadError {
  return new DataLoadError({
    file: fileName,
    problem: `The name says ${what}, but the file does not start like one (${expected}): it may be damaged or renamed.`,
    hint: 'Export the file again from the tool that made it, or save it as CSV, then load it.',
  });
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The first byte that is not a UTF-8 byte order mark or white space, or -1. */
function firstVisibleByte(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i < bytes.length ? bytes[i] : -1;
}
