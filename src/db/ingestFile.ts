// Loads any supported file into the `dataset` table: CSV/TSV/TXT through ingestCsv, Parquet, JSON,
// NDJSON and Excel .xlsx through Arrow. Every format gives the same table shape and DatasetInfo.
import type { Database } from './database';
import { createDatasetFromArrow, createDatasetFromRows } from './arrowDataset';
import { DataLoadError } from './dataLoadError';
import { detectDataFormat, type DataFormat } from './dataFormat';
import type { FileReaders } from './fileReaders';
import { ingestCsv, type CsvLoadOptions, type DatasetInfo } from './ingestCsv';
import { jsonToArrow } from './jsonTable';
import { workbookToArrow } from './workbookTable';

export interface IngestOptions {
  /** How Parquet and Excel files are decoded here (browserFileReaders or nodeFileReaders). */
  readers?: FileReaders;
  /** The analyst's missing-value sentinels (every format), encoding and day/month orders (delimited text only). */
  csv?: CsvLoadOptions;
  /** Excel only: the sheet to read; the first sheet when left out. */
  sheet?: string;
}

export interface LoadedFileInfo extends DatasetInfo {
  format: DataFormat;
  /** Excel only: the sheet read, and all sheets of the workbook in order. */
  sheet?: string;
  sheets?: string[];
}

export async function ingestFile(db: Database, fileName: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<LoadedFileInfo> {
  const format = detectDataFormat(fileName, bytes);
  const missing = { missingValues: options.csv?.missingValues, columnMissingValues: options.csv?.columnMissingValues };
  if (format === 'csv') return { ...(await ingestCsv(db, fileName, bytes, { prepareText: options.readers?.prepareCsvText, ...options.csv })), format };
  if (format === 'json' || format === 'ndjson') {
    if (options.readers?.jsonToRows) return { ...(await createDatasetFromRows(db, await options.readers.jsonToRows(bytes, fileName, format), fileName, missing)), format };
    const { table, headers } = jsonToArrow(bytes, fileName, format);
    return { ...(await createDatasetFromArrow(db, table, fileName, headers, missing)), format };
  }
  const readers = options.readers;
  if (!readers) throw new Error(`ingestFile: ${format} files need options.readers (browserFileReaders or nodeFileReaders)`);
  if (format === 'parquet') {
    const rows = await readers.parquetToRows(bytes).catch((error: unknown) => { throw parquetError(fileName, error); });
    return { ...(await createDatasetFromRows(db, rows, fileName, missing)), format };
  }
  const sheets = await readers.readWorkbook(bytes).catch((error: unknown) => { throw workbookError(fileName, error); });
  const { table, headers, sheet, sheets: sheetNames } = workbookToArrow(sheets, fileName, options.sheet);
  return { ...(await createDatasetFromArrow(db, table, fileName, headers, missing)), format, sheet, sheets: sheetNames };
}

function parquetError(fileName: string, error: unknown): DataLoadError {
  const message = String(error instanceof Error ? error.message : error).replace(/^Error:\s*/, '');
  const truncated = /footer|EOF|end of file|out of range|too small|Unexpected end/i.test(message);
  return new DataLoadError({
    file: fileName,
    problem: truncated
      ? `This Parquet file is incomplete or damaged: its end, which says where the data is, cannot be read (${message}).`
      : `This Parquet file could not be read (${message}).`,
    hint: truncated
      ? 'The download or copy was probably cut short: copy or export the file again, then load it.'
      : 'Export the file again (plain Parquet, no encryption), or save the data as CSV, then load it.',
  });
}

function workbookError(fileName: string, error: unknown): DataLoadError {
  const message = String(error instanceof Error ? error.message : error);
  const notWorkbook = /unzip|zip|workbook|xl\/|content|sheet/i.test(message);
  return new DataLoadError({
    file: fileName,
    problem: notWorkbook
      ? 'This is a zip archive but not an Excel workbook (.xlsx): it holds no readable sheets.'
      : `This Excel workbook could not be read (${message}).`,
    hint: 'Open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then load that file.',
  });
}
