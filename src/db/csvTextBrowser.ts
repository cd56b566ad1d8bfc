// The JS passes of a CSV load run in a Web Worker (src/workers/csvScanWorker.ts): detecting the encoding,
// transcoding and scanning 150 MB would freeze the page for seconds; the page only relays the progress and head.
import { settledReply, type CsvScanReply, type CsvScanRequest } from './csvScanJob';
import { readerWorkerStopped } from './readerWorkerStopped';
import type { CsvTextPreparer, PreparedCsvText } from './prepareCsvText';

/** One worker per file, like JSON: loads are rare, and the worker's copy of the file is freed with it. */
export const prepareCsvTextInWorker: CsvTextPreparer = (bytes, fileName, choices, progress, file, onHead) => {
  const worker = new Worker(new URL('../workers/csvScanWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<PreparedCsvText>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CsvScanReply>) => {
      const reply = event.data;
      if ('progress' in reply) progress(reply.progress.phase, reply.progress.fraction);
      else if ('head' in reply) onHead?.(reply.head);
      else {
        worker.terminate();
        const settled = settledReply(reply, fileName);
        if (settled instanceof Error) reject(settled);
        else if (settled) resolve(settled);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(readerWorkerStopped(fileName, 'CSV', event));
    };
    // The worker reads the browser's File itself (no copy on the page); otherwise a copy is transferred, since
    // the caller's bytes are stored for the next session. That copy comes back as the text DuckDB registers.
    const withHead = onHead !== undefined;
    if (file) {
      worker.postMessage({ source: file, fileName, choices, withHead } satisfies CsvScanRequest);
    } else {
      const copy = bytes.slice();
      worker.postMessage({ source: copy, fileName, choices, withHead } satisfies CsvScanRequest, [copy.buffer]);
    }
  });
};
