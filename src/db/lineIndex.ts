// Finds the physical line of a byte offset (DuckDB reports rejected rows by byte position and by a
// record count that skips line breaks inside quotes), and counts records as an RFC 4180 reader does.

export class LineIndex {
  private readonly newlines: Uint32Array;

  constructor(bytes: Uint8Array) {
    let count = 0;
    for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
    this.newlines = new Uint32Array(count);
    let k = 0;
    for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) this.newlines[k++] = at;
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
