// FileReaders for the browser: Parquet decoded into the dataset's rows in a worker by parquet-wasm (its .wasm
// served from the app's own build, never a CDN); read-excel-file's browser entry, which parses the XML in a worker.
import readXlsxFile from 'read-excel-file/browser';
import { prepareCsvTextInWorker } from './csvTextBrowser';
import type { DatasetRows } from './datasetRows';
import type { FileReaders, WorkbookCell } from './fileReaders';
import { jsonToRowsInWorker } from './jsonTableBrowser';
import type { ParquetDecodeReply, ParquetDecodeRequest } from '../workers/parquetWorker';

/** One worker per file: decoding is rare and the worker's wasm memory is freed with it. */
function decodeParquet(bytes: Uint8Array): Promise<DatasetRows> {
  const worker = new Worker(new URL('../workers/parquetWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<DatasetRows>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParquetDecodeReply>) => {
      worker.terminate();
      if ('rows' in event.data) resolve(event.data.rows);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the Parquet reader stopped unexpectedly'));
    };
    // A copy goes to the worker: the caller's bytes are stored for the next session.
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy } satisfies ParquetDecodeRequest, [copy.buffer]);
  });
}

export const browserFileReaders: FileReaders = {
  parquetToRows: decodeParquet,
  jsonToRows: jsonToRowsInWorker,
  prepareCsvText: prepareCsvTextInWorker,
  readWorkbook: async (bytes) => {
    // A copy: the reader keeps the buffer, and the caller's bytes are stored for the next session.
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as WorkbookCell[][] }));
  },
};
