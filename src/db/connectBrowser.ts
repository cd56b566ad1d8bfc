// Opens DuckDB-WASM in the browser: the exception-handling (eh) bundle served from the app's own
// build (no CDN), in a Web Worker, silent, with extension auto-install/auto-load off (no network).
import * as duckdb from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToIPC } from 'apache-arrow';
import { OFFLINE_SETTINGS, type Database } from './database';
import { timedQueries } from './queryTimings';

export async function connectBrowserDatabase(): Promise<Database> {
  const worker = new Worker(duckdbWorkerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(duckdbWasmUrl);
  const connection = await db.connect();
  await connection.query(OFFLINE_SETTINGS);

  return {
    query: timedQueries((sql) => connection.query(sql)),
    // Transfers the bytes to the worker: the caller's buffer is detached afterwards.
    registerFileBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    detachesRegisteredBuffers: true,
    registerFileHandle: (name, file) => db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
    copyFileToBuffer: (name) => db.copyFileToBuffer(name),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    insertArrowTable: (table, tableName) =>
      connection.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name: tableName, create: true }),
    // Transfers the bytes to DuckDB's worker: nothing is copied or decoded on the page's thread.
    insertArrowIpc: (ipc, tableName) => connection.insertArrowFromIPCStream(ipc, { name: tableName, create: true }),
    close: async () => {
      await connection.close();
      await db.terminate();
    },
  };
}
