// Tests the pure-JS dialect sniffer: delimiter choice with quoted fields, BOM, header, line count,
// and the plain-words errors for empty, binary, non-UTF-8 and header-less files.
import { describe, expect, it } from 'vitest';
import { sniffCsv } from './sniffCsv';
import { DataLoadError } from './dataLoadError';
import { binaryFile, encode, latin1File, makeTestTable, toCsvBytes } from './testFiles';

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
      const breaks = table.rows.filter((r) => r.some((v) => v.includes('\n'))).length;
      expect(dialect.lineCount).toBe(table.rows.length + 1 + breaks);
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

  it('rejects text that is not UTF-8 with the line and column of the first bad byte', () => {
    const error = sniffError(latin1File());
    expect(error).toMatchObject({ file: 'f.csv', line: 3, column: 6 });
    expect(error.message).toMatch(/not UTF-8/);
    expect(error.hint).toMatch(/CSV UTF-8/);
  });

  it('recognises UTF-16 (a BOM, then NUL bytes) and asks for UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id,x\n1,2\n'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    const error = sniffError(utf16);
    expect(error.problem).toMatch(/UTF-16/);
    expect(error.hint).toMatch(/CSV UTF-8/);
  });

  it('rejects a file without a header line', () => {
    expect(sniffError(encode('\nid,x\n1,2\n')).problem).toMatch(/no header/);
    expect(sniffError(encode('1,2,3\n4,5,6\n')).problem).toMatch(/no header/);
  });
});
