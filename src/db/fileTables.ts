// Several loaded files side by side: each file keeps a table of its own, and the one holding the customers
// is moved in as `dataset` (with its companions: column list, segments, ...) so the rest of the app reads it.
import { sqlIdentifier, sqlString, type Database } from './database';
import { DATASET_TABLE } from './ingestCsv';
import { SEGMENTS_TABLE } from './writeSegments';

/** A readable table name for a file, unique among `taken`: "Orders 2024.json" -> file_orders_2024. */
export function fileTableName(fileName: string, taken: Iterable<string>): string {
  const stem = fileName.replace(/\.[^.]*$/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
  const base = `file_${stem || 'data'}`;
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
  return name;
}

/** Moves `dataset` and its companion tables under `table`'s names; nothing happens when there is no dataset. */
export async function parkDataset(db: Database, table: string): Promise<void> {
  for (const name of await datasetTables(db)) await rename(db, name, parkedName(table, name));
}

/** Makes `table` (stored by storeDatasetAs or parkDataset) the `dataset` again, with its companions. */
export async function activateFileTable(db: Database, table: string): Promise<void> {
  const prefix = `${table}__`;
  const tables = await listTables(db);
  if (!tables.includes(table)) throw new Error(`activateFileTable: no table ${table}`);
  if (tables.some((t) => t === DATASET_TABLE)) throw new Error('activateFileTable: park the current dataset first');
  await rename(db, table, DATASET_TABLE);
  for (const name of tables) if (name.startsWith(prefix)) await rename(db, name, name.slice(prefix.length));
}

/** Keeps the freshly loaded `dataset` as `table`, replacing an older table of that name and its companions. */
export async function storeDatasetAs(db: Database, table: string): Promise<void> {
  await dropFileTable(db, table);
  await parkDataset(db, table);
}

/** Forgets a file's table and its companions (a no-op for a table that does not exist). */
export async function dropFileTable(db: Database, table: string): Promise<void> {
  const prefix = `${table}__`;
  for (const name of await listTables(db)) {
    if (name === table || name.startsWith(prefix)) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`);
  }
}

/** Where a companion of `dataset` (dataset_rejects, say) lives while `table` is not the customer table. */
export function parkedName(table: string, name: string): string {
  return name === DATASET_TABLE ? table : `${table}__${name}`;
}

/** `dataset`, the tables named dataset_* that describe it, and the segments written for it. */
async function datasetTables(db: Database): Promise<string[]> {
  const tables = await listTables(db);
  if (!tables.includes(DATASET_TABLE)) return [];
  return tables.filter((t) => t === DATASET_TABLE || t === SEGMENTS_TABLE || t.startsWith(`${DATASET_TABLE}_`));
}

async function listTables(db: Database): Promise<string[]> {
  const result = await db.query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = ${sqlString('main')} ORDER BY table_name`);
  return (result.getChild('table_name')?.toArray() ?? []) as string[];
}

async function rename(db: Database, from: string, to: string): Promise<void> {
  await db.query(`ALTER TABLE ${sqlIdentifier(from)} RENAME TO ${sqlIdentifier(to)}`);
}
