// Decides one column's type from statistics over ALL its values (counted in SQL by inferColumnTypes):
// numbers with their decimal mark, dates with their day/month order, identifiers and text, with a note.
import type { DateFamily } from './valueSql';

export type DayMonthOrder = 'dmy' | 'mdy';

export interface ColumnStats {
  /** Non-missing values. */
  present: number;
  /** Missing tokens written in the file (NA, -, #N/A, a lone space, a sentinel...), beside empty cells. */
  missingTokens: number;
  plainNumber: number;
  plainInteger: number;
  leadingZero: number;
  maxLength: number;
  /** Values carrying a currency or percent sign. */
  withUnit: number;
  dotDecimal: number;
  commaDecimal: number;
  /** Values with a decimal part under each reading: a dot, resp. a comma followed by digits. */
  dotFraction: number;
  commaFraction: number;
  dates: Record<DateFamily, number>;
  withTime: number;
  /** Largest first and second number of d/m/y-like dates (settles the day/month order). */
  maxFirst: number;
  maxSecond: number;
}

export type ColumnTyping =
  | { type: 'text'; note?: string }
  | { type: 'number'; sqlType: 'BIGINT' | 'DOUBLE'; decimalMark: '.' | ','; /** Written as DuckDB casts it directly. */ plain: boolean; note?: string }
  | { type: 'date'; sqlType: 'DATE' | 'TIMESTAMP'; families: DateFamily[]; order: DayMonthOrder; dateFormat: string; note?: string };

export interface TypingChoices {
  /** The file's delimiter: a semicolon file comes from a decimal-comma locale, which settles ties. */
  delimiter: string;
  /** The user's day/month order for this column, overriding the guess. */
  order?: DayMonthOrder;
}

/** Integers longer than this are codes (card or account numbers), not quantities: a double would round them. */
const MAX_NUMBER_DIGITS = 15;

export function decideColumnType(s: ColumnStats, choices: TypingChoices): ColumnTyping {
  if (s.present === 0) return { type: 'text', note: 'every value is missing' };
  const date = decideDate(s, choices);
  if (date) return date;
  if (s.leadingZero > 0 && s.plainInteger === s.present) {
    return { type: 'text', note: `identifier: ${plural(s.leadingZero, 'value')} start with 0, kept as written` };
  }
  if (s.maxLength > MAX_NUMBER_DIGITS + 1 && s.plainInteger === s.present) return { type: 'text', note: 'identifier: codes too long for a number' };
  if (s.leadingZero > 0) return { type: 'text' };
  const unit = s.withUnit > 0 ? ' (currency or percent signs removed)' : '';
  if (s.plainNumber === s.present && s.withUnit === 0) {
    return { type: 'number', sqlType: s.plainInteger === s.present ? 'BIGINT' : 'DOUBLE', decimalMark: '.', plain: true };
  }
  const dot = s.dotDecimal === s.present;
  const comma = s.commaDecimal === s.present;
  if (!dot && !comma) return { type: 'text' };
  let mark: '.' | ',';
  let note: string;
  if (dot && comma && s.dotFraction + s.commaFraction === 0) {
    mark = '.';
    note = '';
  } else if (dot && comma) {
    // Every value reads both ways (1,000 or 1.000 only): the file's locale decides, and the note says so.
    mark = choices.delimiter === ';' ? ',' : '.';
    note = `ambiguous: values such as 1,000 read with "${mark}" as the decimal mark, as usual in ${mark === ',' ? 'semicolon' : 'comma'}-separated files`;
  } else {
    mark = dot ? '.' : ',';
    note = `decimal ${mark === ',' ? 'comma' : 'point'}, settled by the whole column`;
  }
  const fractions = mark === '.' ? s.dotFraction : s.commaFraction;
  const full = note ? note + unit : unit.slice(2, -1);
  return { type: 'number', sqlType: fractions > 0 ? 'DOUBLE' : 'BIGINT', decimalMark: mark, plain: false, ...(full ? { note: full } : {}) };
}

function decideDate(s: ColumnStats, choices: TypingChoices): ColumnTyping | null {
  const families = (Object.keys(s.dates) as DateFamily[]).filter((f) => s.dates[f] > 0);
  const total = families.reduce((sum, f) => sum + s.dates[f], 0);
  if (families.length === 0 || total !== s.present) return null;
  const dayMonth = families.some((f) => f === 'slash' || f === 'dash' || f === 'dot');
  let order: DayMonthOrder = 'dmy';
  let note: string | undefined;
  if (dayMonth) {
    if (choices.order) {
      order = choices.order;
      note = 'day/month order chosen by you';
    } else if (s.maxFirst > 12 && s.maxSecond > 12) {
      return { type: 'text', note: 'looks like dates, but mixes day-first and month-first values' };
    } else if (s.maxFirst > 12) {
      order = 'dmy';
    } else if (s.maxSecond > 12) {
      order = 'mdy';
    } else {
      note = 'day/month order ambiguous (no number above 12): read as day first; change it if wrong';
    }
  }
  if (families.length > 1) note = `mixed date formats: ${families.map((f) => formatOf(f, order)).join(', ')}` + (note ? `; ${note}` : '');
  return {
    type: 'date', sqlType: s.withTime > 0 ? 'TIMESTAMP' : 'DATE', families, order,
    dateFormat: families.map((f) => formatOf(f, order)).join(' + '), note,
  };
}

export function formatOf(family: DateFamily, order: DayMonthOrder): string {
  const sep = family === 'slash' ? '/' : family === 'dash' ? '-' : '.';
  switch (family) {
    case 'iso': return 'yyyy-mm-dd';
    case 'compact': return 'yyyymmdd';
    default: return order === 'dmy' ? `dd${sep}mm${sep}yyyy` : `mm${sep}dd${sep}yyyy`;
  }
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
