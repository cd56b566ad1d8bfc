// Tests the line-ending normalisation done before DuckDB reads a file: CRLF pairs shrink, CR-only
// files get LF, lone CRs inside an LF file stay, the input is never modified and is returned uncopied.
import { describe, expect, it } from 'vitest';
import { normaliseLineEndings } from './lineEndings';
import { encode } from './testFiles';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('normaliseLineEndings', () => {
  it('turns CRLF into LF and keeps lone CRs of an LF file', () => {
    const input = encode('a,b\r\n1,"x\r\ny"\n2,\r3\r\n\n4,5\n');
    expect(text(normaliseLineEndings(input))).toBe('a,b\n1,"x\ny"\n2,\r3\n\n4,5\n');
    expect(text(input)).toBe('a,b\r\n1,"x\r\ny"\n2,\r3\r\n\n4,5\n');
  });

  it('turns the CRs of a CR-only file into LF, keeping an LF inside a quoted value', () => {
    expect(text(normaliseLineEndings(encode('a,b\r1,"x\ny"\r2,3\r')))).toBe('a,b\n1,"x\ny"\n2,3\n');
  });

  it('returns the very same array when there is no CR', () => {
    const input = encode('a\n1\n');
    expect(normaliseLineEndings(input)).toBe(input);
  });
});
