// Tests the CRLF to LF copy used before DuckDB reads a file: CRLF pairs shrink, lone CRs stay,
// and the input is never modified.
import { describe, expect, it } from 'vitest';
import { copyWithLfLineEndings } from './lineEndings';
import { encode } from './testFiles';

describe('copyWithLfLineEndings', () => {
  it('turns CRLF into LF and keeps lone CR and LF', () => {
    const input = encode('a,b\r\n1,"x\r\ny"\n2,\r3\r\n\r');
    const out = copyWithLfLineEndings(input);
    expect(new TextDecoder().decode(out)).toBe('a,b\n1,"x\ny"\n2,\r3\n\r');
    expect(new TextDecoder().decode(input)).toBe('a,b\r\n1,"x\r\ny"\n2,\r3\r\n\r');
  });

  it('returns an equal copy when there is no CR', () => {
    const input = encode('a\n1\n');
    const out = copyWithLfLineEndings(input);
    expect(out).toEqual(input);
    expect(out.buffer).not.toBe(input.buffer);
  });
});
