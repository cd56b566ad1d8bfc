// Loads generated real-world exports through DuckDB-WASM's Node build: every encoding, line ending,
// delimiter, number and date style, malformed rows kept aside; a property test over many seeded files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import { sqlIdentifier, sqlString, type Database } from './database';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { ingestCsv, type DatasetInfo } from './ingestCsv';
import { previewRows } from './previewRows';
import { listRejectedRows, rejectedRowsCsv } from './rejectedRows';
import { parseCsv } from './testFiles';
import { encodeText, frenchCrmExport, makeUglyDialect, makeUglyTable, writableIn, writeDelimited } from './uglyFiles';
import { writeSegments } from './writeSegments';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

async function column(table: string, name: string, asText = true): Promise<unknown[]> {
  const q = sqlIdentifier(name);
  const result = await db.query(`SELECT ${asText ? `CAST(${q} AS VARCHAR)` : `${q}::DOUBLE`} AS v FROM ${table} ORDER BY row_id`);
  const values = result.getChild('v');
  return Array.from({ length: result.numRows }, (_, i) => values?.get(i) ?? null);
}

/**
 * A column's cells as the file wrote them: the raw text table holds the columns whose typed value would print
 * otherwise; decimals with fixed places print back through their print format.
 */
async function originalColumn(name: string): Promise<unknown[]> {
  const kept = await db.query(`SELECT count(*)::DOUBLE AS n FROM information_schema.columns WHERE table_name = 'dataset_raw' AND column_name = ${sqlString(name)}`);
  if (Number(kept.getChild('n')?.get(0)) > 0) return column('dataset_raw', name);
  const format = (await db.query(`SELECT print_format FROM dataset_columns WHERE name = ${sqlString(name)}`)).getChild('print_format')?.get(0);
  if (!format) return column('dataset', name);
  const result = await db.query(`SELECT printf(${sqlString(String(format))}, ${sqlIdentifier(name)}) AS v FROM dataset ORDER BY row_id`);
  return Array.from({ length: result.numRows }, (_, i) => result.getChild('v')?.get(i) ?? null);
}

describe('a French Windows-1252 CRM export', () => {
  let info: DatasetInfo;
  beforeAll(async () => {
    info = await ingestCsv(db, 'clients.csv', frenchCrmExport().bytes);
  });

  it('is read as Windows-1252 with the reason, accents right', async () => {
    expect(info.encoding).toMatchObject({ name: 'windows-1252', transcoded: true });
    expect(info.encoding?.reason).toMatch(/^Windows-1252: bytes 0x80-0x9F such as ’ \(0x92\) at line 1$/);
    const rows = await previewRows(db, info, 0, 10);
    expect(rows[0].slice(1, 3)).toEqual(['Élodie Lefèvre', 'Orléans']);
    expect(rows[1][1]).toBe('François Œuvre');
    expect(info.columns.map((c) => c.header)).toEqual(['N° client', 'Nom', 'Ville', 'Montant', 'Date d’achat', 'Remise']);
  });

  it('types every column from all its values: codes, decimal commas with units, dd/mm/yyyy dates, percents', () => {
    expect(info.columns.map((c) => c.sqlType)).toEqual(['VARCHAR', 'VARCHAR', 'VARCHAR', 'DOUBLE', 'DATE', 'BIGINT']);
    expect(info.columns[0].typeNote).toMatch(/leading|start with 0/);
    expect(info.columns[3]).toMatchObject({ decimalMark: ',', missingTokens: 2 });
    expect(info.columns[4].dateFormat).toBe('dd/mm/yyyy');
    expect(info.columns[5].missingTokens).toBe(1);
  });

  it('keeps the malformed row aside with its line, reason and raw text', async () => {
    expect(info).toMatchObject({ rowCount: 5, rejectedCount: 1, recordCount: 6 });
    const rejected = await listRejectedRows(db);
    expect(rejected).toEqual([{ line: 6, reason: expect.stringMatching(/^5 fields where the header has 6/), raw: '000127;Chloé;Cergy;3;4' }]);
    const csv = parseCsv(new TextDecoder().decode(await rejectedRowsCsv(db)));
    expect(csv).toEqual([['line', 'reason', 'raw_text'], ['6', rejected[0].reason, '000127;Chloé;Cergy;3;4']]);
    expect(await column('dataset', 'Montant', false)).toEqual([1234.5, 12.5, null, null, 99.99]);
    expect(await column('dataset', 'Date d’achat')).toEqual(['2023-12-31', '2024-02-01', '2024-03-15', '2024-05-05', '2024-02-28']);
  });

  it('exports every original cell exactly as written', async () => {
    await writeSegments(db, new Int32Array([0, 1, 0, 1, 0]), ['A', 'B']);
    const out = parseCsv(new TextDecoder().decode(await exportSegmentsCsv(db)).replace(/^\uFEFF/, ''));
    const written = frenchCrmExport().text.trim().split('\r\n').map((l) => parseCsv(l, ';')[0]);
    expect(out[0].slice(0, 6)).toEqual(written[0]);
    expect(out.slice(1).map((r) => r.slice(0, 6))).toEqual([...written.slice(1, 5), written[6]].map((r) => r.map((v) => (v === '-' ? "'-" : v))));
  });
});

describe('encodings', () => {
  const text = 'nom,ville\nRené,Besançon\nZoë,Orléans\n';
  for (const [encoding, bom] of [['utf-8', true], ['utf-16le', true], ['utf-16be', true], ['utf-16le', false], ['iso-8859-1', false], ['macintosh', false]] as const) {
    it(`reads ${encoding}${bom ? ' with a BOM' : ''} with accents right`, async () => {
      const info = await ingestCsv(db, 'f.csv', encodeText(text, encoding, bom));
      expect(info.encoding?.name).toBe(encoding);
      expect(await previewRows(db, info, 0, 5)).toEqual([['René', 'Besançon'], ['Zoë', 'Orléans']]);
    });
  }

  it('reloads with the encoding the user chooses, saying so', async () => {
    const info = await ingestCsv(db, 'f.csv', encodeText(text, 'windows-1252'), { encoding: 'macintosh' });
    expect(info.encoding).toMatchObject({ name: 'macintosh', reason: 'Mac Roman: chosen by you' });
    expect((await previewRows(db, info, 0, 1))[0][0]).toBe('RenÈ');
  });

  it('decides over the whole file: a single Windows-1252 byte 3 MB in', async () => {
    const head = 'id,label\n' + Array.from({ length: 200_000 }, (_, i) => `${i},value ${i}`).join('\n');
    const bytes = encodeText(`${head}\n200000,caf\u00e9 \u2019\n`, 'windows-1252');
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const info = await ingestCsv(db, 'late.csv', bytes);
    expect(info.encoding?.reason).toBe('Windows-1252: bytes 0x80-0x9F such as ’ (0x92) at line 200002');
    expect(await previewRows(db, info, 200_000, 1)).toEqual([['200000', 'café ’']]);
  });
});

describe('lines, headers and malformed rows', () => {
  it('reads CR-only files, blank lines, quoted newlines and doubled quotes, and no final newline', async () => {
    const info = await ingestCsv(db, 'mac.csv', encodeText('a|b\r1|"x\ny"\r\r2|"say ""hi"""\r3|z', 'utf-8'));
    expect(info.dialect.delimiter).toBe('|');
    expect(await previewRows(db, info, 0, 5)).toEqual([['1', 'x\ny'], ['2', 'say "hi"'], ['3', 'z']]);
  });

  it('keeps a truncated last record (unterminated quote) as a rejected row', async () => {
    const info = await ingestCsv(db, 'cut.csv', encodeText('id,note\n1,ok\n2,"cut off here', 'utf-8'));
    expect(info).toMatchObject({ rowCount: 1, rejectedCount: 1, recordCount: 2 });
    expect(await listRejectedRows(db)).toEqual([{ line: 3, reason: expect.stringMatching(/never closed/), raw: '2,"cut off here' }]);
  });

  it('makes blank and duplicate header names unique and trims them', async () => {
    const info = await ingestCsv(db, 'h.csv', encodeText(' name ,,name,x\nA,1,B,2\n', 'utf-8'));
    expect(info.columns.map((c) => c.name)).toEqual(['name', 'column_2', 'name_2', 'x']);
  });

  it('splits whitespace-aligned columns', async () => {
    const info = await ingestCsv(db, 'report.txt', encodeText('id    city      spend\n1     Paris     10.5\n22    Lyon      7\n', 'utf-8'));
    expect(info.dialect.aligned).toBe(true);
    expect(await previewRows(db, info, 0, 5)).toEqual([['1', 'Paris', '10.5'], ['22', 'Lyon', '7.0']]);
  });

  it('warns when every line is quoted whole, so the file reads as one column', async () => {
    const info = await ingestCsv(db, 'q.csv', encodeText('"id;city"\n"1;Paris"\n"2;Lyon"\n', 'utf-8'));
    expect(info.columns).toHaveLength(1);
    expect(info.warnings?.join(' ')).toMatch(/single column.*semicolons inside quotes/);
  });

  it('treats declared sentinels as missing, settles 1,000 by the rest of the column, and honours a day/month override', async () => {
    const file = encodeText('a,b,c,d\n-1,"1,000",01/02/2024,"1,000"\n5,"12,5",03/04/2024,"2,000"\n999,"3,25",05/06/2024,"3,000"\n', 'utf-8');
    const info = await ingestCsv(db, 's.csv', file, { columnMissingValues: { a: ['-1', '999'] }, dateOrders: { c: 'mdy' } });
    expect(await column('dataset', 'a', false)).toEqual([null, 5, null]);
    expect(info.columns[0].missingTokens).toBe(2);
    expect(await column('dataset', 'b', false)).toEqual([1, 12.5, 3.25]);
    expect(await column('dataset', 'c')).toEqual(['2024-01-02', '2024-03-04', '2024-05-06']);
    expect(info.columns[3].typeNote).toMatch(/ambiguous/);
    expect(await column('dataset', 'd', false)).toEqual([1000, 2000, 3000]);
  });

  it('reports a column mixing date formats and keeps text that only looks numeric', async () => {
    const info = await ingestCsv(db, 'm.csv', encodeText('d,code,n\n2024-01-31,A1,1e3\n15/02/2024,B2,inf\n', 'utf-8'));
    expect(info.columns[0]).toMatchObject({ sqlType: 'DATE', dateFormat: 'yyyy-mm-dd + dd/mm/yyyy' });
    expect(info.columns[0].typeNote).toMatch(/mixed date formats/);
    expect(await column('dataset', 'd')).toEqual(['2024-01-31', '2024-02-15']);
    expect(info.columns.slice(1).map((c) => c.sqlType)).toEqual(['VARCHAR', 'VARCHAR']);
  });
});

describe('property: over many generated files nothing is lost or changed', () => {
  for (let seed = 1; seed <= 24; seed++) {
    it(`seed ${seed}`, async () => {
      const dialect = makeUglyDialect(seed);
      const table = makeUglyTable(seed, 60 + seed * 3);
      const text = writeDelimited(table, dialect);
      if (!writableIn(dialect.encoding, text)) throw new Error(`seed ${seed}: the generator wrote a character ${dialect.encoding} lacks`);
      const info = await ingestCsv(db, `ugly-${seed}.csv`, encodeText(text, dialect.encoding, dialect.bom));
      const context = `seed ${seed} ${JSON.stringify(dialect)} ${table.columns.map((c) => c.style).join(' ')}`;
      const good = table.expected.flatMap((row, i) => (row ? [i] : []));
      expect(info.rowCount + (info.rejectedCount ?? 0), context).toBe(table.rows.length);
      expect(info.rowCount, context).toBe(good.length);
      expect(info.warnings, context).toEqual([]);
      const rejected = await listRejectedRows(db);
      expect(rejected.map((r) => r.raw.split(dialect.delimiter).length > 1), context).toEqual(rejected.map(() => true));

      for (let j = 0; j < table.columns.length; j++) {
        const { name } = info.columns[j];
        const raw = await originalColumn(name);
        expect(raw.map((v) => v ?? ''), `${context} raw ${name}`).toEqual(good.map((i) => table.rows[i][j]));
        const kind = table.columns[j].kind;
        const numeric = kind === 'integer' || kind === 'decimal';
        const typed = await column('dataset', name, !numeric);
        expect(typed, `${context} typed ${name} (${info.columns[j].sqlType})`).toEqual(good.map((i) => table.expected[i]?.[j] ?? null));
        const expectedType = { text: 'VARCHAR', code: 'VARCHAR', integer: 'BIGINT', decimal: 'DOUBLE', date: /DATE|TIMESTAMP/ }[kind];
        expect(info.columns[j].sqlType, `${context} ${name}`).toMatch(expectedType);
      }
    });
  }
});
