// Tests CSV ingestion through DuckDB-WASM's Node build: comma, semicolon and tab files with quoted
// fields, a stable row_id in file order, detected types, rejected rows that name the line, plain errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { DataLoadError } from './dataLoadError';
import { ingestCsv } from './ingestCsv';
import { prepareCsvText, type CsvTextPreparer } from './prepareCsvText';
import { previewRows } from './previewRows';
import { listRejectedRows } from './rejectedRows';
import { binaryFile, encode, latin1File, makeTestTable, toCsvBytes, tooManyFieldsFile, unterminatedQuoteFile } from './testFiles';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

async function loadError(fileName: string, bytes: Uint8Array): Promise<DataLoadError> {
  try {
    await ingestCsv(db, fileName, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DataLoadError);
    return error as DataLoadError;
  }
  throw new Error(`${fileName} loaded without error`);
}

describe('ingestCsv', () => {
  const table = makeTestTable(300);
  const variants = [
    { label: 'comma', options: { delimiter: ',' } },
    { label: 'semicolon with BOM and CRLF', options: { delimiter: ';', bom: true, lineEnding: '\r\n' as const } },
    { label: 'tab', options: { delimiter: '\t' } },
  ];
  for (const { label, options } of variants) {
    it(`loads a ${label} file with quoted fields, keeping every value in file order`, async () => {
      const info = await ingestCsv(db, 'customers.csv', toCsvBytes(table, options));
      expect(info).toMatchObject({ fileName: 'customers.csv', table: 'dataset', rowCount: table.rows.length });
      expect(info.columns.map((c) => c.name)).toEqual(table.header);
      expect(Object.fromEntries(info.columns.map((c) => [c.name, c.sqlType]))).toEqual({
        id: 'BIGINT', name: 'VARCHAR', city: 'VARCHAR', spend: 'DOUBLE', visits: 'BIGINT', constant: 'BIGINT', note: 'VARCHAR',
      });
      const first = await db.query('SELECT min(row_id)::DOUBLE AS lo, max(row_id)::DOUBLE AS hi, typeof(any_value(row_id)) AS t FROM dataset');
      expect(first.toArray()[0].toJSON()).toEqual({ lo: 0, hi: table.rows.length - 1, t: 'BIGINT' });

      const shown = await previewRows(db, info, 0, table.rows.length);
      expect(shown.length).toBe(table.rows.length);
      shown.forEach((row, i) => {
        const raw = table.rows[i];
        expect(row[0]).toBe(raw[0]);
        expect([row[1], row[2], row[6]]).toEqual([raw[1], raw[2], raw[6]]);
        expect(row[3] === '' ? '' : Number(row[3])).toBe(raw[3] === '' ? '' : Number(raw[3]));
        expect(row[4]).toBe(raw[4]);
      });
    });
  }

  it('reads a file that mixes CRLF and LF line endings, keeping line breaks inside quotes', async () => {
    const info = await ingestCsv(db, 'mixed.csv', encode('id,note\r\n1,"two\r\nlines"\n2,b\r\n3,c\n'));
    expect(info.rowCount).toBe(3);
    expect(await previewRows(db, info, 0, 3)).toEqual([['1', 'two\nlines'], ['2', 'b'], ['3', 'c']]);
  });

  it('previews a window of rows by row_id', async () => {
    const info = await ingestCsv(db, 'customers.csv', toCsvBytes(table));
    const rows = await previewRows(db, info, 250, 100);
    expect(rows.map((r) => r[0])).toEqual(table.rows.slice(250).map((r) => r[0]));
  });

  it('keeps leading zeros and yes/no spellings as text, and renames a column called row_id', async () => {
    const info = await ingestCsv(db, 'odd.csv', encode('row_id,zip,member\n7,01000,yes\n8,75001,no\n'));
    expect(info.columns.map(({ name, sqlType, header }) => ({ name, sqlType, header }))).toEqual([
      { name: 'source_row_id', sqlType: 'BIGINT', header: 'row_id' },
      { name: 'zip', sqlType: 'VARCHAR', header: 'zip' },
      { name: 'member', sqlType: 'VARCHAR', header: 'member' },
    ]);
    expect(await previewRows(db, info, 0, 10)).toEqual([['7', '01000', 'yes'], ['8', '75001', 'no']]);
  });

  it('types a column from all its values: a late missing token keeps it numeric, a late word makes it text', async () => {
    const lines = ['id,label', ...Array.from({ length: 25000 }, (_, i) => `${i},${i}`), 'n/a,last'];
    const info = await ingestCsv(db, 'late.csv', encode(lines.join('\n') + '\n'));
    expect(info.rowCount).toBe(25001);
    expect(info.columns[0]).toMatchObject({ name: 'id', sqlType: 'BIGINT', missingTokens: 1 });
    expect(info.columns[1]).toMatchObject({ name: 'label', sqlType: 'VARCHAR' });
    expect(await previewRows(db, info, 25000, 1)).toEqual([['', 'last']]);
    const raw = await db.query('SELECT id FROM dataset_raw WHERE row_id = 25000');
    expect(raw.getChild('id')?.get(0)).toBe('n/a');
  });

  it('keeps the text only of columns whose typed value would print otherwise, and reports its phases', async () => {
    const phases: string[] = [];
    const info = await ingestCsv(db, 'plain.csv', encode('id,price,rate,day,name,zip\n1,1.50,0.5,2024-01-02,Ann,01000\n2,2.25,1,2024-01-03,NA,75001\n'),
      { onProgress: (p) => phases.push(p.phase) });
    expect(info.columns.map((c) => c.sqlType)).toEqual(['BIGINT', 'DOUBLE', 'DOUBLE', 'DATE', 'VARCHAR', 'VARCHAR']);
    const kept = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'dataset_raw' ORDER BY ordinal_position`);
    expect(kept.getChild('column_name')?.toArray()).toEqual(['row_id', 'rate', 'name']);
    const formats = await db.query('SELECT print_format FROM dataset_columns ORDER BY position');
    expect(formats.getChild('print_format')?.toArray()).toEqual([null, '%.2f', null, null, null, null]);
    expect(await previewRows(db, info, 0, 2)).toEqual([['1', '1.5', '0.5', '2024-01-02', 'Ann', '01000'], ['2', '2.25', '1.0', '2024-01-03', '', '75001']]);
    expect([...new Set(phases)]).toEqual(['Checking the encoding', 'Scanning the values', 'Reading into the database', 'Typing the columns']);
    expect(info.readInPlace).toBe(false);
  });

  it('reads every column as text again when a typed read fails: an impossible date keeps its column text, no row lost', async () => {
    const info = await ingestCsv(db, 'dates.csv', encode('id,day\n1,2024-01-02\n2,2023-02-30\n'));
    expect(info).toMatchObject({ rowCount: 2, rejectedCount: 0, recordCount: 2 });
    expect(info.columns[1]).toMatchObject({ sqlType: 'VARCHAR', typeNote: '1 values did not read as date, so the column stays text' });
    expect(await previewRows(db, info, 0, 2)).toEqual([['1', '2024-01-02'], ['2', '2023-02-30']]);
  });

  it('replaces the previous dataset and drops its segments', async () => {
    await ingestCsv(db, 'a.csv', encode('x\n1\n2\n'));
    await db.query('CREATE TABLE segments AS SELECT 0::BIGINT AS row_id');
    const info = await ingestCsv(db, 'b.csv', encode('y,z\n1,2\n'));
    expect(info.rowCount).toBe(1);
    const tables = await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name IN ('segments', 'dataset')`);
    expect(tables.getChild('table_name')?.toArray()).toEqual(['dataset']);
  });

  it('keeps a row with too many fields aside with its line, loading the rest', async () => {
    const info = await ingestCsv(db, 'bad.csv', tooManyFieldsFile());
    expect(info).toMatchObject({ rowCount: 4, rejectedCount: 1, recordCount: 5 });
    expect(await listRejectedRows(db)).toEqual([{ line: 5, raw: '4;Lille;9;extra',
      reason: '4 fields where the header has 3: a value probably holds a semicolon without quotes around it.' }]);
    expect((await previewRows(db, info, 0, 5)).map((r) => r[0])).toEqual(['1', '2', '3', '5']);
  });

  it('names the file line where an unterminated quote starts, counting line breaks inside quotes', async () => {
    const info = await ingestCsv(db, 'quote.csv', unterminatedQuoteFile());
    expect(info).toMatchObject({ rowCount: 3, rejectedCount: 1, recordCount: 4 });
    const [rejected] = await listRejectedRows(db);
    expect(rejected).toMatchObject({ line: 6, raw: '4,"never closed\n5,x' });
    expect(rejected.reason).toMatch(/never closed/);
  });

  it('finds a bad row far beyond any sample', async () => {
    const lines = ['id,label', ...Array.from({ length: 30000 }, (_, i) => `${i},v${i}`), '5,a,b', '6,c'];
    const info = await ingestCsv(db, 'long.csv', encode(lines.join('\n')));
    expect(info).toMatchObject({ rowCount: 30001, rejectedCount: 1 });
    expect(await listRejectedRows(db)).toEqual([expect.objectContaining({ line: 30002, raw: '5,a,b' })]);
  });

  it('reads a non-UTF-8 byte past the first megabyte by transcoding the whole file', async () => {
    const head = encode('id,label\n' + Array.from({ length: 80000 }, (_, i) => `${i},value${i}`).join('\n') + '\n');
    expect(head.length).toBeGreaterThan(1 << 20);
    const info = await ingestCsv(db, 'late-latin.csv', new Uint8Array([...head, ...encode('80000,caf'), 0xe9, ...encode('\n80001,ok\n')]));
    expect(info.encoding).toMatchObject({ name: 'iso-8859-1', reason: 'ISO-8859-1: not UTF-8 (byte 0xE9 at line 80002) and no byte in 0x80-0x9F' });
    expect(await previewRows(db, info, 80000, 1)).toEqual([['80000', 'café']]);
  });

  it('runs its JS passes where a preparer says, as the browser worker does: same table, progress relayed, caller bytes kept', async () => {
    const bytes = toCsvBytes(makeTestTable(200), { delimiter: ';', bom: true, lineEnding: '\r\n' });
    const original = bytes.slice();
    const phases: string[] = [];
    // Like the worker: it works on a copy of its own and hands that text back.
    const elsewhere: CsvTextPreparer = (input, fileName, choices, progress) => prepareCsvText(input.slice(), fileName, choices, (phase, fraction) => {
      phases.push(phase);
      progress(phase, fraction);
    });
    const reported: string[] = [];
    const viaPreparer = await ingestCsv(db, 'elsewhere.csv', bytes, { prepareText: elsewhere, onProgress: (p) => reported.push(p.phase) });
    const viaPreparerRows = await previewRows(db, viaPreparer, 0, 200);
    const inPlace = await ingestCsv(db, 'elsewhere.csv', bytes);
    expect(bytes).toEqual(original);
    expect(phases).toEqual(['Checking the encoding', 'Scanning the values']);
    expect(reported.slice(0, 2)).toEqual(phases);
    expect(viaPreparer.rowCount).toBe(200);
    expect({ ...viaPreparer, phaseSeconds: undefined }).toEqual({ ...inPlace, phaseSeconds: undefined });
    expect(viaPreparerRows).toEqual(await previewRows(db, inPlace, 0, 200));
  });

  it('explains an empty and a binary file in plain words, and reads a Latin-1 one', async () => {
    expect((await loadError('empty.csv', new Uint8Array(0))).message).toBe('empty.csv: The file is empty. Export the table again, or choose another file.');
    const binary = await loadError('archive.csv', binaryFile());
    expect(binary.message).toMatch(/^archive\.csv, line 1, column \d+: The file contains binary data/);
    const latin = await ingestCsv(db, 'latin.csv', latin1File());
    expect(await previewRows(db, latin, 0, 2)).toEqual([['1', 'Paris'], ['2', 'Orléans']]);
  });
});
