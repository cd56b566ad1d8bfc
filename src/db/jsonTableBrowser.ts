// JSON and NDJSON read into Arrow in a Web Worker (src/workers/jsonWorker.ts): parsing a large file and
// typing its columns would freeze the page for seconds; the main thread only maps the IPC stream back.
import { tableFromIPC, type Table } from 'apache-arrow';
import { DataLoadError } from './dataLoadError';
import { readerWorkerStopped } from './readerWorkerStopped';
import type { JsonLayout } from './jsonRecords';
import type { JsonParseReply, JsonParseRequest } from '../workers/jsonWorker';

/** One worker per file, like Parquet: loads are rare, and the parsed objects are freed with the worker. */
export function jsonToArrowInWorker(bytes: Uint8Array, fileName: string, layout: JsonLayout): Promise<{ table: Table; headers: string[] }> {
  const worker = new Worker(new URL('../workers/jsonWorker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<JsonParseReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('ipc' in reply) resolve({ table: tableFromIPC(reply.ipc), headers: reply.headers });
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
