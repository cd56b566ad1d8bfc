// Tests the per-column fingerprints a re-read compares: a declared sentinel, another day/month order and another
// row count are seen as changes; an untouched column, and a re-read with nothing new, are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { ingestCsv } from './ingestCsv';
import { changedColumns, columnFingerprints } from './columnFingerprints';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

const text = 'id,score,age,signup\n1,10,34,03/04/2024\n2,-1,41,05/06/2024\n3,22,999,01/02/2024\n4,-1,52,07/08/2024\n';
const bytes = (s: string) => new TextEncoder().encode(s);
const columns = ['score', 'age', 'signup'];

describe('columnFingerprints', () => {
  it('names exactly the columns a re-read changed', async () => {
    await ingestCsv(db, 'fp.csv', bytes(text));
    const first = await columnFingerprints(db, columns);
    expect(first.rowCount).toBe(4);
    await ingestCsv(db, 'fp.csv', bytes(text));
    expect(changedColumns(first, await columnFingerprints(db, columns))).toEqual(new Set());

    await ingestCsv(db, 'fp.csv', bytes(text), { missingValues: ['-1'] });
    const sentinel = await columnFingerprints(db, columns);
    expect(changedColumns(first, sentinel)).toEqual(new Set(['score']));

    await ingestCsv(db, 'fp.csv', bytes(text), { missingValues: ['-1'], dateOrders: { signup: 'mdy' } });
    expect(changedColumns(sentinel, await columnFingerprints(db, columns))).toEqual(new Set(['signup']));
  });

  it('sees a changed cell, a lost column and another row count', async () => {
    await ingestCsv(db, 'fp.csv', bytes(text));
    const first = await columnFingerprints(db, columns);
    await ingestCsv(db, 'fp.csv', bytes(text.replace('2,-1,41', '2,-1,42')));
    expect(changedColumns(first, await columnFingerprints(db, columns))).toEqual(new Set(['age']));
    await ingestCsv(db, 'fp.csv', bytes(text.replace(',age,', ',years,')));
    expect(changedColumns(first, await columnFingerprints(db, ['score', 'signup']))).toEqual(new Set(['age']));
    await ingestCsv(db, 'fp.csv', bytes(`${text}5,7,23,04/03/2024\n`));
    expect(changedColumns(first, await columnFingerprints(db, columns))).toBe('all');
  });
});
