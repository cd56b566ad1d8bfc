// Tests ingestFile through DuckDB-WASM's Node build: Parquet (written by parquet-wasm), JSON, NDJSON and
// .xlsx files keep values, types, nulls and row order; broken files give DataLoadErrors in plain words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bool, DateDay, Float64, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { DataLoadError } from './dataLoadError';
import { nodeFileReaders } from './fileReadersNode';
import { ingestFile } from './ingestFile';
import { previewRows } from './previewRows';
import { makeWorkbook } from './testWorkbooks';
import { zipSync, strToU8 } from 'fflate';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

const readers = nodeFileReaders;
const text = (s: string) => new TextEncoder().encode(s);

function toParquet(table: Table, rowGroupSize?: number): Uint8Array {
  const wasmTable = WasmTable.fromIPCStream(tableToIPC(table, 'stream'));
  const properties = rowGroupSize ? new WriterPropertiesBuilder().setMaxRowGroupSize(rowGroupSize).build() : undefined;
  return writeParquet(wasmTable, properties);
}

async function loadError(fileName: string, bytes: Uint8Array): Promise<DataLoadError> {
  try {
    await ingestFile(db, fileName, bytes, { readers });
  } catch (error) {
    expect(error).toBeInstanceOf(DataLoadError);
    return error as DataLoadError;
  }
  throw new Error(`${fileName} loaded without error`);
}

async function columnTypes(): Promise<Record<string, string>> {
  const result = await db.query('DESCRIBE dataset');
  return Object.fromEntries(result.toArray().map((r) => [String(r.column_name), String(r.column_type)]));
}

/** Every row of `dataset` as display strings, read in row_id order, after checking row_id is 0..n-1. */
async function allRows(info: Awaited<ReturnType<typeof ingestFile>>): Promise<string[][]> {
  const ids = await db.query('SELECT min(row_id)::DOUBLE AS lo, max(row_id)::DOUBLE AS hi, count(DISTINCT row_id)::DOUBLE AS n FROM dataset');
  if (info.rowCount > 0) expect(ids.toArray()[0].toJSON()).toEqual({ lo: 0, hi: info.rowCount - 1, n: info.rowCount });
  return previewRows(db, info, 0, info.rowCount + 1);
}

describe('ingestFile: Parquet', () => {
  const n = 2500;
  const ids = Array.from({ length: n }, (_, i) => BigInt(10_000 + ((i * 7919) % n)));
  const names = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : `client ${i} ${['é', '€', 'ß', '"q"'][i % 4]}`));
  const spend = Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : (i * 37 % 1000) / 8));
  const since = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2020, i % 12, 1 + (i % 28))));
  const vip = Array.from({ length: n }, (_, i) => i % 3 === 0);
  const source = new Table({
    row_id: vectorFromArray(ids, new Int64()),
    name: vectorFromArray(names, new Utf8()),
    spend: vectorFromArray(spend, new Float64()),
    since: vectorFromArray(since, new DateDay()),
    vip: vectorFromArray(vip, new Bool()),
  });

  it('keeps values, types, nulls and row order across row groups; its own row_id column is renamed', async () => {
    const info = await ingestFile(db, 'customers.parquet', toParquet(source, 300), { readers });
    expect(info).toMatchObject({ fileName: 'customers.parquet', table: 'dataset', format: 'parquet', rowCount: n });
    expect(info.columns.map((c) => [c.name, c.header])).toEqual([
      ['source_row_id', 'row_id'], ['name', 'name'], ['spend', 'spend'], ['since', 'since'], ['vip', 'vip'],
    ]);
    expect(await columnTypes()).toEqual({ row_id: 'BIGINT', source_row_id: 'BIGINT', name: 'VARCHAR', spend: 'DOUBLE', since: 'DATE', vip: 'BOOLEAN' });
    const rows = await allRows(info);
    expect(rows.length).toBe(n);
    const mismatches = rows.filter((row, i) =>
      row[0] !== String(ids[i]) || row[1] !== (names[i] ?? '') || (row[2] === '' ? null : Number(row[2])) !== spend[i] ||
      row[3] !== since[i].toISOString().slice(0, 10) || row[4] !== String(vip[i]));
    expect(mismatches.slice(0, 3)).toEqual([]);
    const nulls = await db.query('SELECT count(*) FILTER (WHERE name IS NULL)::DOUBLE AS names, count(*) FILTER (WHERE spend IS NULL)::DOUBLE AS spends FROM dataset');
    expect(nulls.toArray()[0].toJSON()).toEqual({ names: names.filter((v) => v === null).length, spends: spend.filter((v) => v === null).length });
  });

  it('says a truncated Parquet file is incomplete, and leaves the loaded dataset as it was', async () => {
    const good = await ingestFile(db, 'keep.json', text('[{"a": 1}, {"a": 2}]'), { readers });
    const bytes = toParquet(source);
    const error = await loadError('cut.parquet', bytes.slice(0, Math.floor(bytes.length * 0.6)));
    expect(error.file).toBe('cut.parquet');
    expect(error.summary).toMatch(/^cut\.parquet: This Parquet file is incomplete or damaged/);
    expect(error.hint).toMatch(/again/);
    const kept = await allRows(good);
    expect(kept).toEqual([['1'], ['2']]);
  });

  it('refuses a file named .parquet that is not one, and an old .xls', async () => {
    expect((await loadError('renamed.parquet', text('id,name\n1,a\n'))).summary).toMatch(/^renamed\.parquet: The name says a Parquet file/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await loadError('budget.xls', ole);
    expect(error.summary).toBe('budget.xls: An .xls file from Excel 97-2003 is not supported.');
    expect(error.hint).toMatch(/save it as \.xlsx .*CSV/);
  });
});

describe('ingestFile: JSON and NDJSON', () => {
  it('reads an array of objects: fields in order of first appearance, absent fields missing, nested values as JSON text', async () => {
    const json = `[
  {"id": 1, "name": "Zoé", "spend": 12.5, "tags": ["a", "b"], "signup": "2024-02-29", "seen": "2024-03-01T10:30:00"},
  {"id": 2, "name": null, "spend": 7, "address": {"city": "Lyon"}, "signup": "2023-12-31", "seen": "2024-03-02 08:00"},
  {"id": 3, "name": "O'Brien", "mixed": 5, "signup": null, "seen": "2024-03-03T00:00:00.250"},
  {"id": 4, "name": "Ann", "spend": null, "mixed": "five", "ok": true}
]`;
    const info = await ingestFile(db, 'orders.json', text(json), { readers });
    expect(info).toMatchObject({ format: 'json', rowCount: 4 });
    expect(info.columns.map((c) => c.name)).toEqual(['id', 'name', 'spend', 'tags', 'signup', 'seen', 'address', 'mixed', 'ok']);
    expect(await columnTypes()).toMatchObject({
      id: 'BIGINT', name: 'VARCHAR', spend: 'DOUBLE', tags: 'VARCHAR', signup: 'DATE', seen: 'TIMESTAMP', address: 'VARCHAR', mixed: 'VARCHAR', ok: 'BOOLEAN',
    });
    expect(await allRows(info)).toEqual([
      ['1', 'Zoé', '12.5', '["a","b"]', '2024-02-29', '2024-03-01 10:30:00', '', '', ''],
      ['2', '', '7.0', '', '2023-12-31', '2024-03-02 08:00:00', '{"city":"Lyon"}', '', ''],
      ['3', "O'Brien", '', '', '', '2024-03-03 00:00:00.25', '', '5', ''],
      ['4', 'Ann', '', '', '', '', '', 'five', 'true'],
    ]);
  });

  it('replaces the previous dataset with every table describing it', async () => {
    await db.query('CREATE OR REPLACE TABLE dataset_raw AS SELECT 1 AS stale; CREATE OR REPLACE TABLE segments AS SELECT 1 AS stale');
    await ingestFile(db, 'fresh.json', text('[{"a": 1}]'), { readers });
    const left = await db.query("SELECT table_name FROM duckdb_tables() ORDER BY table_name");
    expect(left.getChild('table_name')?.toArray()).toEqual(['dataset', 'dataset_columns']);
  });

  it('reads NDJSON with CRLF endings and blank lines; a date-like column with one bad date stays text as written', async () => {
    const lines = ['{"customer": "C001", "visits": 3, "day": "2024-01-31"}', '', '{"customer": "C002", "visits": 0, "day": "2024-02-30"}', '{"customer": "C003"}', ''];
    const info = await ingestFile(db, 'events.ndjson', text(lines.join('\r\n')), { readers });
    expect(info).toMatchObject({ format: 'ndjson', rowCount: 3 });
    expect(await columnTypes()).toMatchObject({ customer: 'VARCHAR', visits: 'BIGINT', day: 'VARCHAR' });
    expect(await allRows(info)).toEqual([['C001', '3', '2024-01-31'], ['C002', '0', '2024-02-30'], ['C003', '', '']]);
  });

  it('reads one JSON object spread over lines: the list of records it wraps, or the object as one record', async () => {
    const wrapped = '{\n  "count": 2,\n  "data": [\n    {"id": 1, "city": "Lyon"},\n    {"id": 2, "city": "Nice"}\n  ]\n}\n';
    const info = await ingestFile(db, 'api.json', text(wrapped), { readers });
    expect(info).toMatchObject({ format: 'ndjson', rowCount: 2 });
    expect(await allRows(info)).toEqual([['1', 'Lyon'], ['2', 'Nice']]);
    const single = await ingestFile(db, 'one.json', text('{\n  "id": 7,\n  "tags": ["a"]\n}'), { readers });
    expect(single.rowCount).toBe(1);
    expect(await allRows(single)).toEqual([['7', '["a"]']]);
  });

  it('names the line of an invalid NDJSON record and what was unexpected', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => `{"id": ${i + 1}}`);
    lines.push('{"id": 12, }', '{"id": 13}');
    const error = await loadError('orders.jsonl', text(lines.join('\n')));
    expect(error.line).toBe(12);
    expect(error.summary).toBe("orders.jsonl, line 12: This line is not valid JSON (unexpected '}').");
  });

  it('names the line inside a pretty-printed array, a record that is not an object, and a list cut short', async () => {
    const broken = '[\n  {\n    "id": 1,\n    "name": "a"\n  },\n  {\n    "id": 2,\n    "name": "b",\n  }\n]';
    const error = await loadError('orders.json', text(broken));
    expect(error.line).toBe(9);
    expect(error.summary).toBe("orders.json, line 9: This line is not valid JSON (unexpected '}').");

    const notObject = await loadError('list.json', text('[{"id": 1},\n 42]'));
    expect(notObject.summary).toBe('list.json, line 2: This record is a number, not an object with named fields ({"name": value, ...}).');

    const trailing = await loadError('two.json', text('[{"id": 1}]\n[{"id": 2}]'));
    expect(trailing.summary).toBe('two.json, line 2: There is more text after the list of records closed with "]" (\'[\').');
    const latin1 = await loadError('latin1.json', new Uint8Array([0x5b, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x5d]));
    expect(latin1.summary).toBe('latin1.json: This file is not valid UTF-8 text, which JSON requires.');

    const cut = await loadError('cut.json', text('[{"id": 1},\n{"id": 2},\n{"id": 3'));
    expect(cut.line).toBe(3);
    expect(cut.problem).toMatch(/ends before the list of records is closed/);
  });
});

describe('ingestFile: Excel .xlsx', () => {
  const workbook = makeWorkbook([
    {
      name: 'Clients',
      rows: [
        ['id', 'Name', 'name', '', 'since', 'vip', 'spend'],
        ['00123', 'Zoé', 'x', 'blank header', new Date(Date.UTC(2021, 2, 4)), true, 10],
        ['00124', null, 'y', null, null, false, 12.25],
        [null, null, null, null, null, null, null],
        ['00125', 'Åsa', 'z', 'w', new Date(Date.UTC(1999, 11, 31)), true, null],
      ],
    },
    { name: 'Orders', rows: [['order', 'amount'], ['A-1', 5], ['A-2', 7.5]] },
  ]);

  it('reads the first sheet: headers made unique, blank rows kept, leading zeros kept, dates and booleans typed', async () => {
    const info = await ingestFile(db, 'crm.xlsx', workbook, { readers });
    expect(info).toMatchObject({ format: 'xlsx', rowCount: 4, sheet: 'Clients', sheets: ['Clients', 'Orders'] });
    expect(info.columns.map((c) => [c.name, c.header])).toEqual([
      ['id', 'id'], ['Name', 'Name'], ['name_2', 'name'], ['column_4', ''], ['since', 'since'], ['vip', 'vip'], ['spend', 'spend'],
    ]);
    expect(await columnTypes()).toMatchObject({ id: 'VARCHAR', since: 'DATE', vip: 'BOOLEAN', spend: 'DOUBLE' });
    expect(await allRows(info)).toEqual([
      ['00123', 'Zoé', 'x', 'blank header', '2021-03-04', 'true', '10.0'],
      ['00124', '', 'y', '', '', 'false', '12.25'],
      ['', '', '', '', '', '', ''],
      ['00125', 'Åsa', 'z', 'w', '1999-12-31', 'true', ''],
    ]);
  });

  it('reads the sheet asked for, and says which sheets exist when the name is wrong', async () => {
    const info = await ingestFile(db, 'crm.xlsx', workbook, { readers, sheet: 'Orders' });
    expect(info).toMatchObject({ rowCount: 2, sheet: 'Orders' });
    expect(await allRows(info)).toEqual([['A-1', '5.0'], ['A-2', '7.5']]);
    try {
      await ingestFile(db, 'crm.xlsx', workbook, { readers, sheet: 'Nope' });
      throw new Error('loaded a missing sheet');
    } catch (error) {
      expect(error).toBeInstanceOf(DataLoadError);
      expect((error as DataLoadError).hint).toBe('Pick one of its sheets: Clients, Orders.');
    }
  });

  it('says a zip that is not a workbook is not one', async () => {
    const zip = zipSync({ 'notes.txt': strToU8('hello'), 'data/a.csv': strToU8('a,b\n1,2\n') });
    const error = await loadError('archive.xlsx', zip);
    expect(error.summary).toBe('archive.xlsx: This is a zip archive but not an Excel workbook (.xlsx): it holds no readable sheets.');
  });
});

describe('ingestFile: delimited text', () => {
  it('hands CSV to ingestCsv and marks the format', async () => {
    const info = await ingestFile(db, 'plain.csv', text('id;amount\n1;10\n2;20\n'), { readers });
    expect(info).toMatchObject({ format: 'csv', rowCount: 2 });
    expect(await allRows(info)).toEqual([['1', '10'], ['2', '20']]);
  });
});
