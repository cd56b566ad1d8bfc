// Tests the pure-JS dialect sniffer: delimiter choice with quoted fields, BOM, header, line count,
// aligned columns, the quoted-whole-line warning, and plain-words errors for empty, binary and header-less files.
import { describe, expect, it } from 'vitest';
import { sniffCsv } from './sniffCsv';
import { DataLoadError } from './dataLoadError';
import { binaryFile, encode, makeTestTable, toCsvBytes } from './testFiles';

function sniffError(bytes: Uint8Array): DataLoadError {
  try {
    sniffCsv(bytes, 'f.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(DataLoadError);
    return error as DataLoadError;
  }
  throw new Error('sniffCsv accepted the file');
}

describe('sniffCsv', () => {
  const table = makeTestTable(200);
  for (const delimiter of [',', ';', '\t'] as const) {
    it(`finds the ${JSON.stringify(delimiter)} delimiter despite delimiters and line breaks inside quotes`, () => {
      const dialect = sniffCsv(toCsvBytes(table, { delimiter }));
      expect(dialect.delimiter).toBe(delimiter);
      expect(dialect.header).toEqual(table.header);
      expect(dialect.hasBom).toBe(false);
    });
  }

  it('reports a BOM and reads the header after it, with CRLF line endings', () => {
    const dialect = sniffCsv(toCsvBytes(table, { delimiter: ';', bom: true, lineEnding: '\r\n' }));
    expect(dialect).toMatchObject({ delimiter: ';', hasBom: true, header: table.header });
  });

  it('prefers the semicolon when commas are decimal marks', () => {
    expect(sniffCsv(encode('id;amount;city\n1;10,5;Paris\n2;3,25;Lyon\n')).delimiter).toBe(';');
  });

  it('rejects an empty file, or one holding only a BOM and blank lines', () => {
    expect(sniffError(new Uint8Array(0)).message).toMatch(/^f\.csv: The file is empty\./);
    expect(sniffError(encode('\uFEFF\r\n\n')).problem).toMatch(/empty/);
  });

  it('rejects a binary file, saying where and what to do', () => {
    const error = sniffError(binaryFile());
    expect(error.message).toMatch(/binary data/);
    expect(error.line).toBe(1);
    expect(error.hint).toMatch(/CSV export/);
  });

  it('finds the vertical bar, and warns when every line is quoted whole', () => {
    expect(sniffCsv(encode('a|b|c\n1|2|3\n')).delimiter).toBe('|');
    const quoted = sniffCsv(encode('"a,b"\n"1,2"\n'));
    expect(quoted.header).toEqual(['a,b']);
    expect(quoted.warnings?.[0]).toMatch(/single column, yet its lines hold commas inside quotes/);
  });

  it('recognises columns aligned with spaces', () => {
    const dialect = sniffCsv(encode('id   name     spend\n1    Ann      10\n2    Bob      7\n'));
    expect(dialect).toMatchObject({ aligned: true, delimiter: '\t', header: ['id', 'name', 'spend'] });
  });

  it('rejects a file without a header line', () => {
    expect(sniffError(encode('\nid,x\n1,2\n')).problem).toMatch(/no header/);
    expect(sniffError(encode('1,2,3\n4,5,6\n')).problem).toMatch(/no header/);
  });
});
