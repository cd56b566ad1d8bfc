// A quote-aware CSV record scanner over raw UTF-8 bytes (RFC 4180: "" escapes a quote inside a
// quoted field). Used to sniff the dialect and to turn DuckDB's record numbers into file lines.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface ScannedRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  /** [start, end) byte ranges of each field, quotes included. */
  fields: Array<[number, number]>;
  /** True when the record ran to the end of the scanned range inside a quoted field. */
  unterminatedQuote: boolean;
}

export class CsvScanner {
  private position: number;
  private line = 1;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly delimiter: number,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.position = start;
  }

  /** Scans the next record; null at the end of the range. */
  nextRecord(): ScannedRecord | null {
    const { bytes, delimiter, end } = this;
    let i = this.position;
    if (i >= end) return null;
    const record: ScannedRecord = { line: this.line, fields: [], unterminatedQuote: false };
    let fieldStart = i;
    let inQuotes = false;
    let atFieldStart = true;
    for (; i < end; i++) {
      const b = bytes[i];
      if (inQuotes) {
        if (b === QUOTE) {
          if (i + 1 < end && bytes[i + 1] === QUOTE) i++;
          else inQuotes = false;
        } else if (b === LF) {
          this.line++;
        }
        continue;
      }
      if (b === QUOTE && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
      } else if (b === delimiter) {
        record.fields.push([fieldStart, i]);
        fieldStart = i + 1;
        atFieldStart = true;
      } else if (b === LF || b === CR) {
        record.fields.push([fieldStart, i]);
        if (b === CR && i + 1 < end && bytes[i + 1] === LF) i++;
        this.line++;
        this.position = i + 1;
        return record;
      } else {
        atFieldStart = false;
      }
    }
    record.fields.push([fieldStart, end]);
    record.unterminatedQuote = inQuotes;
    this.position = end;
    return record;
  }
}

/** The text of a field: outer quotes removed, doubled quotes undone. */
export function fieldText(bytes: Uint8Array, [start, end]: [number, number]): string {
  const raw = new TextDecoder().decode(bytes.subarray(start, end));
  const trimmed = raw.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replaceAll('""', '"');
  }
  return raw;
}

/**
 * The physical line on which record `recordNumber` (1-based, the header being record 1) starts:
 * DuckDB counts records, so a quoted value spanning lines would otherwise shift the line shown.
 */
export function lineOfRecord(bytes: Uint8Array, delimiter: number, recordNumber: number, start = 0): number {
  const scanner = new CsvScanner(bytes, delimiter, start);
  let line = 1;
  for (let r = 1; r <= recordNumber; r++) {
    const record = scanner.nextRecord();
    if (!record) break;
    line = record.line;
  }
  return line;
}
