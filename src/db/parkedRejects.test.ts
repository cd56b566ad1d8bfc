// Tests that another file's rejected rows stay readable beside the customer table: parked with its table,
// listed and downloadable by that table's name, while the customer table's own list is unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { activateFileTable, parkedName, storeDatasetAs } from './fileTables';
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

describe('rejected rows of another table', () => {
  it('are listed from the parked table, the customer table keeping its own', async () => {
    await ingestCsv(db, 'orders.csv', bytes('id;ville\n1;Lyon\n2;Lyon; Part-Dieu\n3;Nîmes\n'));
    await storeDatasetAs(db, 'file_orders');
    await ingestCsv(db, 'clients.csv', bytes('id,nom\n1,Marie\n2,Jean\n'));
    await storeDatasetAs(db, 'file_clients');
    await activateFileTable(db, 'file_clients');

    const orders = parkedName('file_orders', REJECTS_TABLE);
    const rows = await listRejectedRows(db, 10, orders);
    expect(rows.map((r) => [r.line, r.raw])).toEqual([[3, '2;Lyon; Part-Dieu']]);
    expect(rows[0].reason).toMatch(/3 fields where the header has 2/);
    expect(new TextDecoder().decode(await rejectedRowsCsv(db, orders))).toBe(`line,reason,raw_text\n3,${rows[0].reason},2;Lyon; Part-Dieu\n`);
    expect(await listRejectedRows(db, 10)).toEqual([]);
    expect(await listRejectedRows(db, 10, parkedName('file_none', REJECTS_TABLE))).toEqual([]);
  });
});
