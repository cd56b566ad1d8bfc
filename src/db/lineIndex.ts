// Finds the physical line of a byte offset from the line feeds a scan found (DuckDB reports rejected rows
// by byte position), and counts records as an RFC 4180 reader does.

export class LineIndex {
  private constructor(private readonly newlines: Uint32Array) {}

  /** From the offsets of every line feed, in order (as a scan of the text found them). */
  static fromNewlines(newlines: Uint32Array): LineIndex {
    return new LineIndex(newlines);
  }

  /** 1-based line holding the byte at `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

/** Data records after the header line: blank lines are no records, a line break inside quotes joins lines. */
export function countDataRecords(bytes: Uint8Array, start = 0): number {
  let records = 0;
  let inQuotes = false;
  let lineEmpty = true;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) {
      inQuotes = !inQuotes;
      lineEmpty = false;
    } else if (b === 0x0a && !inQuotes) {
      if (!lineEmpty) records++;
      lineEmpty = true;
    } else {
      lineEmpty = false;
    }
  }
  if (!lineEmpty) records++;
  return Math.max(0, records - 1);
}
