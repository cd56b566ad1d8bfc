// The readers ingestFile needs for binary formats, which differ between the browser (wasm served by the
// app, Excel parsed in a worker) and Node (tests, benchmarks): see fileReadersBrowser/fileReadersNode.
import type { DatasetRows } from './datasetRows';
import type { JsonLayout } from './jsonRecords';
import type { CsvTextPreparer } from './prepareCsvText';

/** One cell as the Excel reader gives it; dates are Date objects at UTC. */
export type WorkbookCell = string | number | boolean | Date | null;

export interface WorkbookSheet {
  name: string;
  /** Rows of cells, the first row being the header. */
  rows: WorkbookCell[][];
}

/**
 * Rows per Arrow batch when decoding Parquet: parquet-wasm's default of 1,024 makes about a thousand small
 * batches per million rows, which halves the speed of DuckDB's insert (bench: parquet load 1M x 6).
 */
export const PARQUET_BATCH_ROWS = 131_072;

export interface FileReaders {
  /** Decodes a Parquet file into the dataset's rows (in a worker in the browser); throws the reader's own error on a broken file. */
  parquetToRows(bytes: Uint8Array): Promise<DatasetRows>;
  /** Every sheet of an .xlsx workbook, in workbook order. */
  readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]>;
  /** Parses JSON or NDJSON into the dataset's rows (the browser's runs in a worker); left out, ingestFile parses in place. */
  jsonToRows?(bytes: Uint8Array, fileName: string, layout: JsonLayout): Promise<DatasetRows>;
  /** Delimited text's JS passes (encoding, dialect, value scan), in a worker in the browser; left out, ingestCsv runs them in place. */
  prepareCsvText?: CsvTextPreparer;
}
