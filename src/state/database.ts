// The app's single DuckDB-WASM connection, opened lazily on first use.
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
