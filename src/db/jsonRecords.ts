// Walks a JSON array of objects or an NDJSON file record by record, each with the line it starts on,
// so that a broken record is reported by line ("orders.json, line 12: ...") and memory stays per record.
import { DataLoadError } from './dataLoadError';

export interface JsonRecord {
  /** The parsed record: a plain object (arrays and primitives are rejected with a message). */
  value: Record<string, unknown>;
  /** 1-based line of the file on which the record starts. */
  line: number;
}

export type JsonLayout = 'json' | 'ndjson';

export function* jsonRecords(text: string, fileName: string, layout: JsonLayout): Generator<JsonRecord> {
  yield* layout === 'ndjson' ? ndjsonRecords(text, fileName) : arrayRecords(text, fileName);
}

function* ndjsonRecords(text: string, fileName: string): Generator<JsonRecord> {
  let line = 0;
  let first = true;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end);
    start = end + 1;
    if (source.trim() === '') continue;
    if (first) {
      first = false;
      const wrapped = wrappedRecords(text, source);
      if (wrapped) {
        yield* wrapped;
        return;
      }
    }
    yield { value: parseRecord(source, fileName, line, 'line'), line };
  }
}

/**
 * A file starting with "{" whose first line is not a whole record is one JSON object spread over lines:
 * its records are the one list of objects it holds ({"data": [...]}, as many APIs export), or itself.
 */
function wrappedRecords(text: string, firstLine: string): JsonRecord[] | null {
  try {
    JSON.parse(firstLine);
    return null;
  } catch {
    // Not a record on one line: try the whole file below.
  }
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(whole)) return null;
  const lists = Object.values(whole).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every(isRecord));
  const records = lists.length === 1 ? lists[0] as Array<Record<string, unknown>> : [whole];
  return records.map((value) => ({ value, line: 1 }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function* arrayRecords(text: string, fileName: string): Generator<JsonRecord> {
  let line = 1;
  let i = skipSpace(text, 0);
  line += countNewlines(text, 0, i);
  // The format detector only sends text starting with "[" here.
  i++;
  for (let index = 0; ; index++) {
    const valueStart = skipSpace(text, i);
    line += countNewlines(text, i, valueStart);
    if (valueStart >= text.length) throw unclosedList(fileName, line);
    if (text[valueStart] === ']' && index === 0) {
      i = valueStart + 1;
      break;
    }
    const valueEnd = endOfValue(text, valueStart);
    if (valueEnd >= text.length) throw unclosedList(fileName, line + countNewlines(text, valueStart, valueEnd));
    const source = text.slice(valueStart, valueEnd);
    yield { value: parseRecord(source, fileName, line, 'record'), line };
    line += countNewlines(text, valueStart, valueEnd);
    i = valueEnd + 1;
    if (text[valueEnd] === ']') break;
  }
  const rest = skipSpace(text, i);
  if (rest < text.length) {
    line += countNewlines(text, i, rest);
    throw new DataLoadError({
      file: fileName, line,
      problem: `There is more text after the list of records closed with "]" (${quoteChar(text[rest])}).`,
      hint: 'Keep a single JSON list in the file (or one record per line for NDJSON), then load it again.',
    });
  }
}

/** Index of the "," or "]" that ends the value starting at `start` (strings and nesting skipped), or text.length. */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) { // '"': jump over the string, escapes included
      for (j++; j < text.length && text.charCodeAt(j) !== 0x22; j++) if (text.charCodeAt(j) === 0x5c) j++;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return j;
      depth--;
    } else if (c === 0x2c && depth === 0) {
      return j;
    }
  }
  return text.length;
}

function parseRecord(source: string, fileName: string, line: number, unit: 'line' | 'record'): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const { offset, unexpected } = describeJsonError(String(error), source);
    const where = offset === undefined ? line : line + countNewlines(source, 0, offset);
    throw new DataLoadError({
      file: fileName, line: where,
      problem: `This ${unit === 'line' || offset !== undefined ? 'line' : 'record'} is not valid JSON (${unexpected}).`,
      hint: 'Fix the record (a missing quote, comma or brace is the usual cause) or export the file again, then load it.',
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw new DataLoadError({
      file: fileName, line,
      problem: `This record is ${kind}, not an object with named fields ({"name": value, ...}).`,
      hint: 'Each record must be a JSON object whose fields become the columns; fix or remove it, then load the file again.',
    });
  }
  return value as Record<string, unknown>;
}

/** Where JSON.parse stopped and what it found there, from its message (V8 gives a position for most errors). */
function describeJsonError(message: string, source: string): { offset?: number; unexpected: string } {
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    return { offset, unexpected: offset >= source.length ? 'it ends too early' : `unexpected ${quoteChar(source[offset])}` };
  }
  const token = /Unexpected token '(.)'/.exec(message) ?? /Unexpected token (\S)/.exec(message);
  if (token) return { unexpected: `unexpected ${quoteChar(token[1])}` };
  if (/end of (JSON )?input|Unterminated/i.test(message)) return { unexpected: 'it ends too early' };
  return { unexpected: message.replace(/^SyntaxError:\s*/, '').split('\n')[0] };
}

function unclosedList(fileName: string, line: number): DataLoadError {
  return new DataLoadError({
    file: fileName, line,
    problem: 'The file ends before the list of records is closed with "]": it may have been cut short.',
    hint: 'Export or download the file again, then load it.',
  });
}

function quoteChar(c: string): string {
  return c === "'" ? '"\'"' : `'${c}'`;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t' || text[i] === '\uFEFF')) i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
