// The JS passes of a CSV load in a Node worker thread (benchmarks, command line), as the browser runs them in
// csvScanWorker; the head is decoded and scanned here meanwhile, so DuckDB reads while the worker scans the rest.
import { Worker } from 'node:worker_threads';
import { settledReply, type CsvScanReply, type CsvScanRequest } from './csvScanJob';
import { prepareCsvHead, type CsvTextHead, type CsvTextPreparer, type PreparedCsvText } from './prepareCsvText';
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
  // A copy goes to the worker (the caller keeps its bytes); the worker boots and scans while this thread reads the head.
  worker.postMessage({ source: bytes, fileName, choices, withHead: false } satisfies CsvScanRequest);
  if (onHead) {
    let head: CsvTextHead | null;
    // A text that does not decode fails in the worker too, which explains it: no head then.
    try {
      head = prepareCsvHead(bytes, fileName, choices);
    } catch {
      head = null;
    }
    if (head) onHead(head);
  }
  return prepared;
};

/** The entry is TypeScript run from source (benchmarks, tests): tsx's loader is registered in the thread first. */
function startScanWorker(): Worker {
  const entry = new URL('./csvScanNodeWorker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
