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

/**
 * The browser database usable before DuckDB has started: each call waits for the connection, so that a load's
 * JS passes (encoding, value scan, in their worker) run while DuckDB's worker and WebAssembly start.
 */
export function browserDatabaseWhenReady(connection: Promise<Database>): Database {
  // A failed start is reported by the first call that needs DuckDB, not as an unhandled rejection.
  connection.catch(() => undefined);
  return {
    query: async (sql) => (await connection).query(sql),
    registerFileBuffer: async (name, bytes) => (await connection).registerFileBuffer(name, bytes),
    // As connectBrowserDatabase: the worker build transfers what it registers, and reads a File in place.
    detachesRegisteredBuffers: true,
    registerFileHandle: async (name, file) => {
      const db = await connection;
      if (!db.registerFileHandle) throw new Error('This database cannot read a file in place.');
      await db.registerFileHandle(name, file);
    },
    copyFileToBuffer: async (name) => (await connection).copyFileToBuffer(name),
    dropFile: async (name) => (await connection).dropFile(name),
    insertArrowTable: async (table, tableName) => (await connection).insertArrowTable(table, tableName),
    insertArrowIpc: async (ipc, tableName) => (await connection).insertArrowIpc(ipc, tableName),
    close: async () => (await connection).close(),
  };
}
