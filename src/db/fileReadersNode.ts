// FileReaders for Node (unit tests, benchmarks, command line): parquet-wasm's node build, which loads
// its wasm from disk, and read-excel-file's node entry point.
import { readParquet } from 'parquet-wasm/node';
import readXlsxFile from 'read-excel-file/node';
import { datasetRowsFromIpc } from './datasetRows';
import { PARQUET_BATCH_ROWS, type FileReaders, type WorkbookCell } from './fileReaders';

export const nodeFileReaders: FileReaders = {
  parquetToRows: async (bytes) => datasetRowsFromIpc(readParquet(bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream()),
  readWorkbook: async (bytes) => {
    const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as WorkbookCell[][] }));
  },
};
