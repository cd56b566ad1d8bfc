// JSON and NDJSON read in a Web Worker (src/workers/jsonWorker.ts): parsing a large file, typing its columns
// and serialising them with row_id would freeze the page for seconds; the bytes come back ready for DuckDB.
import { DataLoadError } from './dataLoadError';
import type { DatasetRows } from './datasetRows';
import { readerWorkerStopped } from './readerWorkerStopped';
import type { JsonLayout } from './jsonRecords';
import type { JsonParseReply, JsonParseRequest } from '../workers/jsonWorker';

/** One worker per file, like Parquet: loads are rare, and the parsed objects are freed with the worker. */
export function jsonToRowsInWorker(bytes: Uint8Array, fileName: string, layout: JsonLayout): Promise<DatasetRows> {
  const worker = new Worker(new URL('../workers/jsonWorker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<JsonParseReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('rows' in reply) resolve(reply.rows);
      else if ('loadError' in reply) reject(new DataLoadError(reply.loadError));
      else reject(new Error(`${fileName} could not be read: ${reply.error}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(readerWorkerStopped(fileName, 'JSON', event));
    };
    // A copy goes to the worker: the caller's bytes are stored for the next session.
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy, fileName, layout } satisfies JsonParseRequest, [copy.buffer]);
  });
}
