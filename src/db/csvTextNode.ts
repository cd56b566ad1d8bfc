// The value scan of a CSV load in a Node worker thread (benchmarks, command line), as the browser runs it in
// csvScanWorker; the text is decoded and its head scanned here, so DuckDB reads while the worker scans the rest.
import { Worker } from 'node:worker_threads';
import { settledReply, type CsvScanReply, type CsvScanRequest } from './csvScanJob';
import { decodeCsvForScan, scanCsvHead, type CsvTextPreparer, type DecodedCsvText, type PreparedCsvText } from './prepareCsvText';
import { readerWorkerStopped } from './readerWorkerStopped';

export const prepareCsvTextInNodeWorker: CsvTextPreparer = (bytes, fileName, choices, progress, _file, onHead) => {
  const worker = startScanWorker();
  const prepared = new Promise<PreparedCsvText>((resolve, reject) => {
    worker.on('message', (reply: CsvScanReply) => {
      if ('progress' in reply) progress(reply.progress.phase, reply.progress.fraction);
      else if (!('head' in reply)) {
        void worker.terminate();
        const settled = settledReply(reply, fileName);
        if (settled instanceof Error) reject(settled);
        else if (settled) resolve(settled);
      }
    });
    worker.on('error', (error) => reject(readerWorkerStopped(fileName, 'CSV', error)));
  });
  // The worker boots while the text is decoded here; a copy of it goes there to be scanned while this thread reads the head.
  progress('Checking the encoding', 0);
  let decoded: DecodedCsvText;
  try {
    decoded = decodeCsvForScan(bytes, fileName, choices);
  } catch (error) {
    void worker.terminate();
    return Promise.reject(error);
  }
  worker.postMessage({ source: decoded, fileName, choices, withHead: false } satisfies CsvScanRequest);
  const head = onHead ? scanCsvHead(decoded) : null;
  if (head) onHead?.(head);
  return prepared;
};

/** The entry is TypeScript run from source (benchmarks, tests): tsx's loader is registered in the thread first. */
function startScanWorker(): Worker {
  const entry = new URL('./csvScanNodeWorker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
