// Tests declared missing values on Parquet, JSON and .xlsx files through DuckDB-WASM's Node build: cells equal to a
// sentinel of their column (file-wide or per column) become NULL and are counted; every other cell and the row count stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Float64, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, writeParquet } from 'parquet-wasm/node';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { nodeFileReaders } from './fileReadersNode';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { ingestFile, type LoadedFileInfo } from './ingestFile';
import { writeSegments } from './writeSegments';
import { makeWorkbook } from './testWorkbooks';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

type Cell = string | number | null;

/** Every cell of `columns` in row_id order, numbers as numbers, NULL as null. */
async function cells(columns: string[]): Promise<Cell[][]> {
  const result = await db.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM dataset ORDER BY row_id`);
  return result.toArray().map((row) => columns.map((c) => {
    const value: unknown = row.toJSON()[c];
    return value === null || value === undefined ? null : typeof value === 'bigint' ? Number(value) : (value as string | number);
  }));
}

/** The segments export of the loaded table, every row in segment 0. */
async function exportAll(rows: number): Promise<string> {
  await writeSegments(db, new Int32Array(rows), ['All']);
  return new TextDecoder().decode(await exportSegmentsCsv(db));
}

const missingOf = (info: LoadedFileInfo, name: string) => info.columns.find((c) => c.name === name)?.missingTokens ?? 0;

/** `expected` with the cells at the given [row, column] positions made null. */
const withNulls = (rows: Cell[][], at: Array<[number, number]>) => rows.map((row, r) => row.map((v, c) => (at.some(([ar, ac]) => ar === r && ac === c) ? null : v)));

describe('declared missing values in Parquet, JSON and Excel files', () => {
  const ids = [1, 2, 3, 4, 5, 6];
  const score = [10.5, -1, 999, -1, 7, null];
  const age = [34, -1, 41, 999, -1, 28];
  const label = ['gold', ' unknown ', '-1', 'silver', 'unknownish', 'unknown'];
  const parquet = (() => {
    const table = new Table({
      id: vectorFromArray(ids.map(BigInt), new Int64()),
      score: vectorFromArray(score, new Float64()),
      age: vectorFromArray(age.map(BigInt), new Int64()),
      label: vectorFromArray(label, new Utf8()),
    });
    return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')));
  })();
  const columns = ['id', 'score', 'age', 'label'];
  const original: Cell[][] = ids.map((id, i) => [id, score[i], age[i], label[i]]);

  it('Parquet: 999 in every column, -1 in score only, "unknown" in label: those cells NULL and counted', async () => {
    const before = await ingestFile(db, 'clients.parquet', parquet, { readers: nodeFileReaders });
    expect(await cells(columns)).toEqual(original);
    expect(before.warnings).toEqual([]);
    const exportBefore = await exportAll(ids.length);

    const info = await ingestFile(db, 'clients.parquet', parquet, {
      readers: nodeFileReaders, csv: { missingValues: ['999'], columnMissingValues: { score: ['-1'], label: ['unknown'] } },
    });
    expect(info.rowCount).toBe(ids.length);
    // score: -1 (as the double -1.0) twice and 999 once; age: 999 once, its -1 kept; label: trimmed " unknown " and "unknown".
    expect(await cells(columns)).toEqual(withNulls(original, [[1, 1], [2, 1], [3, 1], [3, 2], [1, 3], [5, 3]]));
    expect([missingOf(info, 'id'), missingOf(info, 'score'), missingOf(info, 'age'), missingOf(info, 'label')]).toEqual([0, 3, 1, 2]);
    expect(info.warnings).toEqual([
      'score: 999 read as missing in 1 cell, -1 in 2 cells, as you declared.',
      'age: 999 read as missing in 1 cell, as you declared.',
      'label: unknown read as missing in 2 cells, as you declared.',
    ]);
    // The export writes the file's cells as they were, sentinels included.
    expect(await exportAll(ids.length)).toBe(exportBefore);
    expect(exportBefore).toContain('999');
  });

  it('JSON: a file-wide -1 matches integers, doubles and the text "-1"; a word never matches a number column', async () => {
    const json = JSON.stringify([
      { id: 1, visits: -1, spend: -1.0, city: 'Lyon', code: '-1' },
      { id: 2, visits: 4, spend: 12.5, city: 'n/a', code: 'A1' },
      { id: 3, visits: -1, spend: -1.5, city: 'Nantes', code: ' -1' },
      { id: 4, visits: 9, spend: 3, city: 'n/a', code: 'B2' },
    ]);
    const bytes = new TextEncoder().encode(json);
    const plain = await ingestFile(db, 'orders.json', bytes, { readers: nodeFileReaders });
    const names = plain.columns.map((c) => c.name);
    expect(names).toEqual(['id', 'visits', 'spend', 'city', 'code']);
    const before = await cells(names);

    const info = await ingestFile(db, 'orders.json', bytes, { readers: nodeFileReaders, csv: { missingValues: ['-1', 'n/a'] } });
    expect(info.rowCount).toBe(4);
    expect(await cells(names)).toEqual(withNulls(before, [[0, 1], [2, 1], [0, 2], [1, 3], [3, 3], [0, 4], [2, 4]]));
    expect(names.map((n) => missingOf(info, n))).toEqual([0, 2, 1, 2, 2]);
    expect(info.warnings).toContain('city: n/a read as missing in 2 cells, as you declared.');
  });

  it('Excel: a column declared by its header reads 999 and -1 as missing, the other columns unchanged', async () => {
    const workbook = makeWorkbook([{ name: 'Clients', rows: [['client', 'score', 'visits'], ['a', 999, -1], ['b', 12, 999], ['c', -1, 3]] }]);
    const info = await ingestFile(db, 'clients.xlsx', workbook, { readers: nodeFileReaders, csv: { columnMissingValues: { score: ['999', '-1'] } } });
    expect(info.rowCount).toBe(3);
    expect(await cells(['client', 'score', 'visits'])).toEqual([['a', null, -1], ['b', 12, 999], ['c', null, 3]]);
    expect(missingOf(info, 'score')).toBe(2);
    expect(missingOf(info, 'visits')).toBe(0);
    expect(info.warnings).toEqual(['score: 999 read as missing in 1 cell, -1 in 1 cell, as you declared.']);
  });
});
