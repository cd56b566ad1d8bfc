// Tests several loaded files side by side: each kept as its own table, the customer table moved in and out
// of `dataset` with its column list, segments and rejected rows, replaced and dropped without touching the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { activateFileTable, dropFileTable, fileTableName, parkDataset, parkedName, storeDatasetAs } from './fileTables';
import { nodeFileReaders } from './fileReadersNode';
import { ingestFile } from './ingestFile';
import { writeSegments } from './writeSegments';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { ingestCsv } from './ingestCsv';
import { listRejectedRows, rejectedRowsCsv, REJECTS_TABLE } from './rejectedRows';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

const bytes = (s: string) => new TextEncoder().encode(s);
const load = (name: string, text: string) => ingestFile(db, name, bytes(text), { readers: nodeFileReaders });

async function tables(): Promise<string[]> {
  const result = await db.query("SELECT table_name FROM duckdb_tables() ORDER BY table_name");
  return result.getChild('table_name')?.toArray() as string[];
}

async function firstColumn(table: string): Promise<string[]> {
  const result = await db.query(`SELECT CAST(COLUMNS(* EXCLUDE (row_id)) AS VARCHAR) FROM ${table} ORDER BY row_id`);
  return (result.getChildAt(0)?.toArray() ?? []) as string[];
}

describe('fileTables', () => {
  it('makes readable, unique table names', () => {
    expect(fileTableName('Orders 2024 (été).JSON', [])).toBe('file_orders_2024_ete');
    expect(fileTableName('orders.csv', ['file_orders', 'FILE_ORDERS_2'])).toBe('file_orders_3');
    expect(fileTableName('.parquet', [])).toBe('file_data');
  });

  it('keeps each file as a table, switches the customer table in and out with its segments, and drops one', async () => {
    await load('customers.ndjson', '{"customer": "c1"}\n{"customer": "c2"}\n{"customer": "c3"}\n');
    await storeDatasetAs(db, 'file_customers');
    await load('orders.json', '[{"order": "o1"}, {"order": "o2"}]');
    await storeDatasetAs(db, 'file_orders');
    expect(await tables()).toEqual(['file_customers', 'file_customers__dataset_columns', 'file_orders', 'file_orders__dataset_columns']);

    await activateFileTable(db, 'file_customers');
    await writeSegments(db, new Int32Array([1, 0, -1]), ['Loyal', 'New']);
    expect(await tables()).toEqual(['dataset', 'dataset_columns', 'file_orders', 'file_orders__dataset_columns', 'segments']);

    // Another file arrives while the customers are in use: they are parked, then brought back, segments included.
    await parkDataset(db, 'file_customers');
    await load('visits.ndjson', '{"visit": "v1"}\n');
    await storeDatasetAs(db, 'file_visits');
    await activateFileTable(db, 'file_customers');
    expect(await firstColumn('dataset')).toEqual(['c1', 'c2', 'c3']);
    const exported = new TextDecoder().decode(await exportSegmentsCsv(db)).replace(/^\uFEFF/, '');
    expect(exported).toBe('customer,segment_id,segment_name\nc1,2,New\nc2,1,Loyal\nc3,,Unassigned\n');

    // The orders become the customer table: they have no segments, the customers keep theirs aside.
    await parkDataset(db, 'file_customers');
    await activateFileTable(db, 'file_orders');
    expect(await firstColumn('dataset')).toEqual(['o1', 'o2']);
    expect(await tables()).toContain('file_customers__segments');
    expect(await tables()).not.toContain('segments');

    await dropFileTable(db, 'file_customers');
    expect(await tables()).toEqual(['dataset', 'dataset_columns', 'file_visits', 'file_visits__dataset_columns']);
    await expect(activateFileTable(db, 'file_visits')).rejects.toThrow(/park the current dataset first/);
  });

  it('keeps another file\'s rejected rows with its table, listed and downloadable by its name', async () => {
    await ingestCsv(db, 'shop_orders.csv', bytes('id;ville\n1;Lyon\n2;Lyon; Part-Dieu\n3;Nîmes\n'));
    await storeDatasetAs(db, 'file_shop_orders');
    await ingestCsv(db, 'clients.csv', bytes('id,nom\n1,Marie\n2,Jean\n'));
    await storeDatasetAs(db, 'file_clients');
    await activateFileTable(db, 'file_clients');

    const orders = parkedName('file_shop_orders', REJECTS_TABLE);
    const rows = await listRejectedRows(db, 10, orders);
    expect(rows.map((r) => [r.line, r.raw])).toEqual([[3, '2;Lyon; Part-Dieu']]);
    expect(rows[0].reason).toMatch(/3 fields where the header has 2/);
    expect(new TextDecoder().decode(await rejectedRowsCsv(db, orders))).toBe(`line,reason,raw_text\n3,${rows[0].reason},2;Lyon; Part-Dieu\n`);
    expect(await listRejectedRows(db, 10)).toEqual([]);
    expect(await listRejectedRows(db, 10, parkedName('file_none', REJECTS_TABLE))).toEqual([]);
  });
});
