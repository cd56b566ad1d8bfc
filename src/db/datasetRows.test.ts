// Tests the dataset's rows made off the page (datasetRows.ts) and handed to DuckDB as bytes (insertArrowIpc,
// createDatasetFromRows) through DuckDB-WASM's Node build: row counts, types, nulls and row_id in source order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bool, Float64, Int64, Table, TimeUnit, Timestamp, TimestampMillisecond, Utf8, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import { createDatasetFromRows } from './arrowDataset';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { datasetRowsFromArrow } from './datasetRows';
import { nodeFileReaders } from './fileReadersNode';
import { jsonToArrow } from './jsonTable';
import { encode } from './testFiles';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

const n = 20_000;
const seq = Array.from({ length: n }, (_, i) => BigInt(i * 3 + 1));
const city = Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : ['Paris', 'Lyon', 'Nantes'][i % 3]));
const spend = Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : (i * 37 % 1000) / 8));
const member = Array.from({ length: n }, (_, i) => i % 4 === 0);

function customers(): Table {
  return new Table({
    seq: vectorFromArray(seq, new Int64()), city: vectorFromArray(city, new Utf8()),
    spend: vectorFromArray(spend, new Float64()), member: vectorFromArray(member, new Bool()),
  });
}

async function scalar(sql: string): Promise<unknown> {
  const row = (await db.query(sql)).toArray()[0]?.toJSON() as Record<string, unknown>;
  return Object.values(row)[0];
}

async function columnTypes(table: string): Promise<Record<string, string>> {
  const result = await db.query(`DESCRIBE ${table}`);
  return Object.fromEntries(result.toArray().map((r) => [String(r.column_name), String(r.column_type)]));
}

describe('datasetRowsFromArrow', () => {
  it('numbers rows 0..n-1 across record batches and names columns as DuckDB accepts them', () => {
    const batches = customers().batches;
    const twoParts = new Table([...batches, ...customers().slice(0, 5).batches]);
    const rows = datasetRowsFromArrow(twoParts, ['seq', ' city ', '', 'ROW_ID']);
    expect(rows.rowCount).toBe(n + 5);
    expect(rows.names).toEqual(['seq', 'city', 'column_3', 'source_row_id']);
    expect(rows.headers).toEqual(['seq', ' city ', '', 'ROW_ID']);
    const table = tableFromIPC(rows.ipc);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['row_id', 'seq', 'city', 'column_3', 'source_row_id']);
    const ids = table.getChild('row_id')?.toArray() as BigInt64Array;
    expect(ids.length).toBe(n + 5);
    expect(ids.every((id, i) => id === BigInt(i))).toBe(true);
    expect(table.getChild('seq')?.get(n + 4)).toBe(seq[4]);
    expect(table.getChild('column_3')?.get(13)).toBeNull();
  });

  it('gives no bytes for a table without rows, and keeps its names', () => {
    const rows = datasetRowsFromArrow(customers().slice(0, 0));
    expect(rows).toMatchObject({ rowCount: 0, names: ['seq', 'city', 'spend', 'member'] });
    expect(rows.ipc.byteLength).toBe(0);
  });
});

describe('insertArrowIpc and createDatasetFromRows (Node build)', () => {
  it('creates a table from the bytes as they are: rows, types, nulls and row_id order', async () => {
    const rows = datasetRowsFromArrow(customers());
    await db.query('DROP TABLE IF EXISTS ipc_rows');
    await db.insertArrowIpc(rows.ipc, 'ipc_rows');
    expect(await columnTypes('ipc_rows')).toEqual({ row_id: 'BIGINT', seq: 'BIGINT', city: 'VARCHAR', spend: 'DOUBLE', member: 'BOOLEAN' });
    expect(await scalar('SELECT count(*)::DOUBLE FROM ipc_rows')).toBe(n);
    // Every row kept its own row_id: seq was written as 3 * i + 1 for row i.
    expect(await scalar('SELECT count(*)::DOUBLE FROM ipc_rows WHERE seq <> 3 * row_id + 1')).toBe(0);
    expect(await scalar('SELECT count(*)::DOUBLE FROM ipc_rows WHERE city IS NULL')).toBe(city.filter((c) => c === null).length);
    expect(await scalar('SELECT count(*)::DOUBLE FROM ipc_rows WHERE spend IS NULL')).toBe(spend.filter((s) => s === null).length);
    await db.query('DROP TABLE ipc_rows');
  });

  it('loads a Parquet file of many row groups decoded by parquetToRows into `dataset`, in file order', async () => {
    const properties = new WriterPropertiesBuilder().setMaxRowGroupSize(1500).build();
    const bytes = writeParquet(WasmTable.fromIPCStream(tableToIPC(customers(), 'stream')), properties);
    const info = await createDatasetFromRows(db, await nodeFileReaders.parquetToRows(bytes), 'customers.parquet');
    expect(info).toMatchObject({ rowCount: n, recordCount: n, rejectedCount: 0 });
    expect(info.columns.map((c) => `${c.name} ${c.sqlType}`)).toEqual(['seq BIGINT', 'city VARCHAR', 'spend DOUBLE', 'member BOOLEAN']);
    expect(await scalar('SELECT count(*)::DOUBLE FROM dataset WHERE seq <> 3 * row_id + 1')).toBe(0);
    expect(await scalar('SELECT max(row_id)::DOUBLE FROM dataset')).toBe(n - 1);
    expect(await scalar('SELECT count(*)::DOUBLE FROM dataset WHERE member')).toBe(member.filter(Boolean).length);
  });

  it('widens a Parquet millisecond timestamp to TIMESTAMP, and JSON date-times arrive as TIMESTAMP already', async () => {
    const at = [Date.UTC(2024, 2, 1, 10, 30), null, Date.UTC(1969, 11, 31, 23, 59, 59, 250)];
    const stamped = new Table({ at: vectorFromArray(at, new TimestampMillisecond()) });
    const parquet = writeParquet(WasmTable.fromIPCStream(tableToIPC(stamped, 'stream')));
    const fromParquet = await createDatasetFromRows(db, await nodeFileReaders.parquetToRows(parquet), 'stamps.parquet');
    expect(fromParquet.columns.map((c) => c.sqlType)).toEqual(['TIMESTAMP']);
    const texts = async () => (await db.query('SELECT "at"::VARCHAR AS t FROM dataset ORDER BY row_id')).toArray().map((r) => r.t as string | null);
    expect(await texts()).toEqual(['2024-03-01 10:30:00', null, '1969-12-31 23:59:59.25']);

    const { table, headers } = jsonToArrow(encode('{"at": "2024-03-01T10:30:00"}\n{"at": null}\n{"at": "1969-12-31 23:59:59.250"}\n'), 'stamps.ndjson', 'ndjson');
    const rows = datasetRowsFromArrow(table, headers);
    const type = tableFromIPC(rows.ipc).schema.fields[1].type as Timestamp;
    expect(type.unit).toBe(TimeUnit.MICROSECOND);
    const fromJson = await createDatasetFromRows(db, rows, 'stamps.ndjson');
    expect(fromJson.columns.map((c) => c.sqlType)).toEqual(['TIMESTAMP']);
    expect(await texts()).toEqual(['2024-03-01 10:30:00', null, '1969-12-31 23:59:59.25']);
  });

  it('makes text columns for rows-less input, and nested JSON values are text', async () => {
    const empty = await createDatasetFromRows(db, datasetRowsFromArrow(customers().slice(0, 0)), 'empty.parquet');
    expect(empty.rowCount).toBe(0);
    expect(await columnTypes('dataset')).toEqual({ row_id: 'BIGINT', seq: 'VARCHAR', city: 'VARCHAR', spend: 'VARCHAR', member: 'VARCHAR' });

    const { table, headers } = jsonToArrow(encode('{"order": "O1", "items": [1, 2]}\n{"order": "O2"}\n'), 'orders.ndjson', 'ndjson');
    const info = await createDatasetFromRows(db, datasetRowsFromArrow(table, headers), 'orders.ndjson');
    expect(info.columns.map((c) => `${c.name} ${c.sqlType}`)).toEqual(['order VARCHAR', 'items VARCHAR']);
    const rows = (await db.query('SELECT row_id::DOUBLE AS id, items FROM dataset ORDER BY row_id')).toArray().map((r) => [r.id, r.items]);
    expect(rows).toEqual([[0, '[1,2]'], [1, null]]);
  });
});
