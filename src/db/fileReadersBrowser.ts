// FileReaders for the browser: parquet-wasm's ESM build with its .wasm served from the app's own build
// (never a CDN), started on first use; read-excel-file's browser entry parses the XML in a worker.
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import readXlsxFile from 'read-excel-file/browser';
import { tableFromIPC } from 'apache-arrow';
import type { FileReaders, WorkbookCell } from './fileReaders';

let parquetReady: Promise<unknown> | null = null;

function startParquet(): Promise<unknown> {
  parquetReady ??= initParquetWasm({ module_or_path: parquetWasmUrl }).catch((error: unknown) => {
    parquetReady = null;
    throw error;
  });
  return parquetReady;
}

export const browserFileReaders: FileReaders = {
  parquetToArrow: async (bytes) => {
    await startParquet();
    return tableFromIPC(readParquet(bytes).intoIPCStream());
  },
  readWorkbook: async (bytes) => {
    // A copy: the reader keeps the buffer, and the caller's bytes are stored for the next session.
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as WorkbookCell[][] }));
  },
};
