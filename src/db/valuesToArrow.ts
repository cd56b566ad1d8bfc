// Turns columns of JavaScript values (parsed JSON, Excel cells) into one typed Arrow vector each:
// whole numbers, decimals, booleans, dates and text; a column mixing kinds, or holding nested values, is text.
import { Bool, DateDay, Float64, Int64, TimestampMicrosecond, Utf8, vectorFromArray, type Vector } from 'apache-arrow';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?$/;
const DAY_MS = 86_400_000;

type Kind = 'empty' | 'integer' | 'decimal' | 'boolean' | 'day' | 'instant' | 'isoDay' | 'isoInstant' | 'text';

/** One Arrow vector for a column; `undefined` and `null` are missing values. */
export function vectorFromValues(values: readonly unknown[]): Vector {
  switch (columnKind(values)) {
    case 'integer': return vectorFromArray(values.map((v) => (isMissing(v) ? null : BigInt(v as number))), new Int64());
    case 'decimal': return vectorFromArray(values.map((v) => (isMissing(v) ? null : (v as number))), new Float64());
    case 'boolean': return vectorFromArray(values.map((v) => (isMissing(v) ? null : (v as boolean))), new Bool());
    case 'day': return vectorFromArray(values.map((v) => (isMissing(v) ? null : (v as Date))), new DateDay());
    case 'isoDay': return vectorFromArray(values.map((v) => (isMissing(v) ? null : new Date(isoMillis(v as string)))), new DateDay());
    // Microseconds, DuckDB's TIMESTAMP: the column needs no conversion once inserted (Arrow takes milliseconds here).
    case 'instant': return vectorFromArray(values.map((v) => (isMissing(v) ? null : (v as Date).getTime())), new TimestampMicrosecond());
    case 'isoInstant': return vectorFromArray(values.map((v) => (isMissing(v) ? null : isoMillis(v as string))), new TimestampMicrosecond());
    default: return vectorFromArray(values.map((v) => (isMissing(v) ? null : asText(v))), new Utf8());
  }
}

function columnKind(values: readonly unknown[]): Kind {
  let kind: Kind = 'empty';
  for (const v of values) {
    if (isMissing(v)) continue;
    const next = valueKind(v);
    if (kind === 'empty' || kind === next) kind = next;
    else if ((kind === 'integer' && next === 'decimal') || (kind === 'decimal' && next === 'integer')) kind = 'decimal';
    else if ((kind === 'day' && next === 'instant') || (kind === 'instant' && next === 'day')) kind = 'instant';
    else if ((kind === 'isoDay' && next === 'isoInstant') || (kind === 'isoInstant' && next === 'isoDay')) kind = 'isoInstant';
    else return 'text';
    if (kind === 'text') return 'text';
  }
  return kind === 'empty' ? 'text' : kind;
}

function valueKind(v: unknown): Kind {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'integer' : Number.isFinite(v) ? 'decimal' : 'text';
  if (typeof v === 'boolean') return 'boolean';
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return 'text';
    return t % DAY_MS === 0 ? 'day' : 'instant';
  }
  if (typeof v === 'string') {
    // Only unambiguous ISO dates become dates; other spellings stay text, exactly as written.
    if (ISO_DATE.test(v) && validIso(v)) return 'isoDay';
    if (ISO_DATE_TIME.test(v) && validIso(v)) return 'isoInstant';
  }
  return 'text';
}

function isMissing(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** Milliseconds since the epoch of an ISO date or date-time without zone, read as UTC. */
function isoMillis(v: string): number {
  const m = ISO_DATE_TIME.exec(v) ?? ISO_DATE.exec(v);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0));
  const millis = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** True when the date exists (no 2023-02-30) and the time is within the day. */
function validIso(v: string): boolean {
  const t = isoMillis(v);
  if (Number.isNaN(t)) return false;
  const d = new Date(t);
  const m = (ISO_DATE_TIME.exec(v) ?? ISO_DATE.exec(v)) as RegExpExecArray;
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]) &&
    Number(m[4] ?? 0) < 24 && Number(m[5] ?? 0) < 60 && Number(m[6] ?? 0) < 60;
}

/** Text for a value in a text column: strings as they are, nested values as JSON, dates as ISO. */
function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
