// Opens DuckDB-WASM through its Node blocking build (unit tests, benchmarks, command line).
// Calls are synchronous underneath; they are wrapped in promises to fit the Database interface.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToIPC } from 'apache-arrow';
import { OFFLINE_SETTINGS, type Database } from './database';

export async function connectNodeDatabase(): Promise<Database> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const bindings = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open({});
  const connection = bindings.connect();
  connection.query(OFFLINE_SETTINGS);

  return {
    query: async (sql) => connection.query(sql),
    registerFileBuffer: async (name, bytes) => bindings.registerFileBuffer(name, bytes),
    detachesRegisteredBuffers: false,
    copyFileToBuffer: async (name) => bindings.copyFileToBuffer(name),
    dropFile: async (name) => bindings.dropFile(name),
    // Serialised with our own Arrow: the CJS build's Arrow is a different module instance from the
    // ESM one callers build tables with, and its insertArrowTable silently inserts nothing then.
    insertArrowTable: async (table, tableName) =>
      connection.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name: tableName, create: true }),
    insertArrowIpc: async (ipc, tableName) => connection.insertArrowFromIPCStream(ipc, { name: tableName, create: true }),
    close: async () => {
      connection.close();
      bindings.reset();
    },
  };
}
