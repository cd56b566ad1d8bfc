// The JS passes of a CSV load run in a Web Worker (src/workers/csvScanWorker.ts): detecting the encoding,
// transcoding and scanning 150 MB would freeze the page for seconds; the page only relays the progress.
import { DataLoadError } from './dataLoadError';
import { readerWorkerStopped } from './readerWorkerStopped';
import type { CsvTextPreparer, PreparedCsvText } from './prepareCsvText';
import type { CsvScanReply, CsvScanRequest } from '../workers/csvScanWorker';

/** One worker per file, like JSON: loads are rare, and the worker's copy of the file is freed with it. */
export const prepareCsvTextInWorker: CsvTextPreparer = (bytes, fileName, choices, progress, file) => {
  const worker = new Worker(new URL('../workers/csvScanWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<PreparedCsvText>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CsvScanReply>) => {
      const reply = event.data;
      if ('progress' in reply) {
        progress(reply.progress.phase, reply.progress.fraction);
        return;
      }
      worker.terminate();
      if ('prepared' in reply) resolve(reply.prepared);
      else if ('loadError' in reply) reject(new DataLoadError(reply.loadError));
      else reject(new Error(`${fileName} could not be read: ${reply.error}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(readerWorkerStopped(fileName, 'CSV', event));
    };
    // The worker reads the browser's File itself (no copy on the page); otherwise a copy is transferred, since
    // the caller's bytes are stored for the next session. That copy comes back as the text DuckDB registers.
    if (file) {
      worker.postMessage({ source: file, fileName, choices } satisfies CsvScanRequest);
    } else {
      const copy = bytes.slice();
      worker.postMessage({ source: copy, fileName, choices } satisfies CsvScanRequest, [copy.buffer]);
    }
  });
};
