// Tests that ingestFile reads delimited text with the analyst's reading choices (through DuckDB-WASM's
// Node build): declared sentinels become missing, per column or everywhere, and a chosen day/month order wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { ingestFile } from './ingestFile';
import { previewRows } from './previewRows';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

const records = [['1', '-1', '34', '03/04/2024'], ['2', '12', '999', '05/06/2024'], ['3', '-1', '-1', '01/02/2024'], ['4', '7', '41', '11/12/2023']];
const csv = new TextEncoder().encode(['id,score,age,signup', ...records.map((r) => r.join(','))].join('\n') + '\n');

async function nullCounts(): Promise<Record<string, number>> {
  const table = await db.query('SELECT count(*) FILTER (WHERE score IS NULL)::DOUBLE AS score, count(*) FILTER (WHERE age IS NULL)::DOUBLE AS age FROM dataset');
  return { score: Number(table.getChild('score')?.get(0)), age: Number(table.getChild('age')?.get(0)) };
}

describe('ingestFile with reading choices', () => {
  it('reads every cell as written when nothing is declared', async () => {
    const info = await ingestFile(db, 'scores.csv', csv);
    expect(await nullCounts()).toEqual({ score: 0, age: 0 });
    const signup = info.columns.find((c) => c.name === 'signup');
    expect(signup?.dateFormat).toBe('dd/mm/yyyy');
    expect((await previewRows(db, info, 0, 1))[0][3]).toBe('2024-04-03');
  });

  it('reads declared sentinels as missing, file-wide and per column, and dates in the chosen order', async () => {
    const info = await ingestFile(db, 'scores.csv', csv, {
      csv: { missingValues: ['-1'], columnMissingValues: { age: ['999'] }, dateOrders: { signup: 'mdy' } },
    });
    const count = (column: number, values: string[]) => records.filter((r) => values.includes(r[column])).length;
    expect(await nullCounts()).toEqual({ score: count(1, ['-1']), age: count(2, ['-1', '999']) });
    expect(info.columns.find((c) => c.name === 'age')?.missingTokens).toBe(count(2, ['-1', '999']));
    expect(info.columns.find((c) => c.name === 'signup')?.dateFormat).toBe('mm/dd/yyyy');
    const rows = await previewRows(db, info, 0, records.length);
    expect(rows.map((r) => r[3])).toEqual(records.map((r) => { const [m, d, y] = r[3].split('/'); return `${y}-${m}-${d}`; }));
  });
});
