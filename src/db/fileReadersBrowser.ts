// FileReaders for the browser: Parquet decoded in a worker by parquet-wasm (its .wasm served from the app's
// own build, never a CDN); read-excel-file's browser entry, which parses the workbook's XML in a worker.
import readXlsxFile from 'read-excel-file/browser';
import { tableFromIPC } from 'apache-arrow';
import { prepareCsvTextInWorker } from './csvTextBrowser';
import type { FileReaders, WorkbookCell } from './fileReaders';
import { jsonToArrowInWorker } from './jsonTableBrowser';
import type { ParquetDecodeReply, ParquetDecodeRequest } from '../workers/parquetWorker';

/** One worker per file: decoding is rare and the worker's wasm memory is freed with it. */
function decodeParquet(bytes: Uint8Array): Promise<Uint8Array> {
  const worker = new Worker(new URL('../workers/parquetWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParquetDecodeReply>) => {
      worker.terminate();
      if ('ipc' in event.data) resolve(event.data.ipc);
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
  parquetToArrow: async (bytes) => tableFromIPC(await decodeParquet(bytes)),
  jsonToArrow: jsonToArrowInWorker,
  prepareCsvText: prepareCsvTextInWorker,
  readWorkbook: async (bytes) => {
    // A copy: the reader keeps the buffer, and the caller's bytes are stored for the next session.
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as WorkbookCell[][] }));
  },
};
