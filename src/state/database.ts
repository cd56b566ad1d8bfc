// The app's single DuckDB-WASM connection, opened on first use or while the page is idle after start.
// Every store action that needs SQL awaits getDatabase(); nothing else opens a connection.
import type { Database } from '../db/database';
import { connectBrowserDatabase } from '../db/connectBrowser';

let connection: Promise<Database> | null = null;

export function getDatabase(): Promise<Database> {
  if (connection) return connection;
  const opening = connectBrowserDatabase().catch((error: unknown) => {
    // A failed start must not stick: the next action tries to connect again.
    connection = null;
    throw error;
  });
  connection = opening;
  return opening;
}

/**
 * Opens the connection ahead of the first file: starting DuckDB's worker and WebAssembly costs about 2 s,
 * which a file picked later would otherwise wait for. A failure here is retried by the next getDatabase().
 */
export function openDatabaseAhead(): Promise<boolean> {
  return getDatabase().then(() => true, () => false);
}
