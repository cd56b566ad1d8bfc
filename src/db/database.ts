// The one interface the rest of the app uses to talk to DuckDB, so that the same code runs on the
// browser's worker build (connectBrowser.ts) and on Node's blocking build (connectNode.ts).
import type * as arrow from 'apache-arrow';

export interface Database {
  /** Runs one or more SQL statements; resolves to the result of the last one. */
  query(sql: string): Promise<arrow.Table>;
  /** Makes bytes readable by SQL under `name`; the browser build transfers (detaches) the buffer. */
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** True when registerFileBuffer takes the caller's buffer away (the browser's worker build); Node's copies it. */
  detachesRegisteredBuffers: boolean;
  /** Browser only: makes a File readable by SQL where it is (read on demand, never copied whole into the heap). */
  registerFileHandle?(name: string, file: Blob): Promise<void>;
  /** Reads back a file DuckDB wrote (e.g. with COPY ... TO 'name'). */
  copyFileToBuffer(name: string): Promise<Uint8Array>;
  /** Forgets a registered or written file, freeing its memory. */
  dropFile(name: string): Promise<void>;
  /** Creates table `tableName` from an Arrow table (bulk insert, no SQL literals). */
  insertArrowTable(table: arrow.Table, tableName: string): Promise<void>;
  /**
   * Creates table `tableName` from an Arrow IPC stream made elsewhere (a worker), with no JS per row here;
   * the browser build transfers (detaches) the bytes, as registerFileBuffer does.
   */
  insertArrowIpc(ipc: Uint8Array, tableName: string): Promise<void>;
  close(): Promise<void>;
}

/** Quotes a table or column name for SQL: "name", doubling inner quotes. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a value as an SQL string literal: 'value', doubling inner quotes. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The offline settings every connection applies first: the build links no extension, so never fetch one. */
export const OFFLINE_SETTINGS = 'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';
