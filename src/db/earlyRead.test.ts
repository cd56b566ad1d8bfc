// Tests the typed read that starts from the head of a long text's scan (a worker scans the rest meanwhile):
// it stands only when the whole scan reads every column the same way; otherwise the file is read again, losing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import { prepareCsvTextInNodeWorker } from './csvTextNode';
import type { Database } from './database';
import { ingestCsv, type CsvDatasetInfo } from './ingestCsv';
import { prepareCsvText, SCAN_CHUNK, type CsvTextPreparer } from './prepareCsvText';
import { previewRows } from './previewRows';
import { listRejectedRows } from './rejectedRows';
import { encode } from './testFiles';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The passes in this thread, telling the head as a worker would (the early read then runs between two chunks). */
const withHead: CsvTextPreparer = (bytes, fileName, choices, progress, _file, onHead) => prepareCsvText(bytes, fileName, choices, progress, onHead);

/** A customer table longer than one scan chunk; `late` replaces the row at that index, past the first chunk. */
function longFile(rows: number, late: Record<number, string> = {}): Uint8Array {
  const lines = ['id,code,spend,city'];
  for (let i = 0; i < rows; i++) lines.push(late[i] ?? `${i},${(i * 7) % 1000},${(i % 500) / 4 + 0.25},city-${i % 37}`);
  const bytes = encode(lines.join('\n') + '\n');
  expect(bytes.length).toBeGreaterThan(SCAN_CHUNK * 1.2);
  return bytes;
}

/** Loads through a preparer, counting how many times DuckDB was asked to read the file. */
async function load(bytes: Uint8Array, prepareText?: CsvTextPreparer): Promise<{ info: CsvDatasetInfo; reads: number }> {
  let reads = 0;
  const info = await ingestCsv(db, 'long.csv', bytes, { prepareText, onProgress: (p) => { if (p.phase === 'Reading into the database') reads++; } });
  return { info, reads };
}

const ROWS = 240_000;

describe('typed read from the head of the scan', () => {
  it('stands when the whole file reads as its head did: one read, the same table as the load in place (Node worker thread)', async () => {
    const bytes = longFile(ROWS);
    const early = await load(bytes, prepareCsvTextInNodeWorker);
    const earlyRows = await previewRows(db, early.info, ROWS - 3, 3);
    const inPlace = await load(bytes);
    expect(early.reads).toBe(1);
    expect({ ...early.info, phaseSeconds: undefined }).toEqual({ ...inPlace.info, phaseSeconds: undefined });
    expect(early.info.columns.map((c) => c.sqlType)).toEqual(['BIGINT', 'BIGINT', 'DOUBLE', 'VARCHAR']);
    expect(earlyRows).toEqual(await previewRows(db, inPlace.info, ROWS - 3, 3));
  });

  it('is read again when a later value changes a column it read typed without failing (a code with a leading zero)', async () => {
    const at = ROWS - 10;
    const { info, reads } = await load(longFile(ROWS, { [at]: `${at},007,1.25,city-1` }), withHead);
    expect(reads).toBe(2);
    expect(info.columns.find((c) => c.name === 'code')?.sqlType).toBe('VARCHAR');
    expect((await previewRows(db, info, at, 1))[0].slice(0, 2)).toEqual([String(at), '007']);
  });

  it('is read again when a later value fails its typed read (a decimal in an integer column)', async () => {
    const at = ROWS - 5;
    const { info, reads } = await load(longFile(ROWS, { [at]: `${at},12.5,1.25,city-1` }), withHead);
    expect(reads).toBe(2);
    expect(info.rowCount).toBe(ROWS);
    expect(info.columns.find((c) => c.name === 'code')?.sqlType).toBe('DOUBLE');
    expect((await previewRows(db, info, at, 1))[0][1]).toBe('12.5');
  });

  it('gives way to the read that keeps rejects when a later record has too many fields', async () => {
    const at = ROWS - 2;
    const { info, reads } = await load(longFile(ROWS, { [at]: `${at},1,1.25,city-1,extra` }), withHead);
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(info).toMatchObject({ rowCount: ROWS - 1, rejectedCount: 1, recordCount: ROWS });
    expect(await listRejectedRows(db)).toEqual([expect.objectContaining({ line: at + 2, raw: `${at},1,1.25,city-1,extra` })]);
  });

  it('explains a file that does not decode as the load in place does (Node worker thread)', async () => {
    await expect(ingestCsv(db, 'empty.csv', new Uint8Array(0), { prepareText: prepareCsvTextInNodeWorker }))
      .rejects.toThrow('empty.csv: The file is empty. Export the table again, or choose another file.');
  });
});
