// How the analyst asked a delimited file to be read (encoding, missing-value sentinels, day/month orders):
// pure helpers that edit these choices and put them in words. The db layer's CsvLoadOptions is the shape.
import type { CsvLoadOptions } from '../db/ingestCsv';
import type { DayMonthOrder } from '../db/typing/columnTyping';

/** Only what the analyst declares: these are stored in IndexedDB (a progress callback could not be). */
export type ReadingChoices = Pick<CsvLoadOptions, 'encoding' | 'missingValues' | 'columnMissingValues' | 'dateOrders'>;
export type { DayMonthOrder };

/** "-1, 999" -> ["-1", "999"]: commas or semicolons separate the values; blanks and repeats are dropped. */
export function parseMissingValues(text: string): string[] {
  const values = text.split(/[,;]/).map((v) => v.trim()).filter((v) => v !== '');
  return [...new Set(values)];
}

export function formatMissingValues(values: readonly string[] | undefined): string {
  return (values ?? []).join(', ');
}

/** The choices with `values` as the missing values of every column, or of one column (by its name). */
export function withMissingValues(choices: ReadingChoices, values: string[], column?: string): ReadingChoices {
  if (column === undefined) return tidy({ ...choices, missingValues: values });
  return tidy({ ...choices, columnMissingValues: { ...choices.columnMissingValues, [column]: values } });
}

/** The choices with the column's day/month order set, or back to the guess when `order` is undefined. */
export function withDateOrder(choices: ReadingChoices, column: string, order: DayMonthOrder | undefined): ReadingChoices {
  const dateOrders = { ...choices.dateOrders };
  if (order) dateOrders[column] = order;
  else delete dateOrders[column];
  return tidy({ ...choices, dateOrders });
}

/** Sentinels that apply to a column (by its name): the file-wide ones, then the column's own. */
export function missingValuesOf(choices: ReadingChoices, column: string): string[] {
  return [...new Set([...(choices.missingValues ?? []), ...(choices.columnMissingValues?.[column] ?? [])])];
}

/** The declared choices in words, one line each, for the load report ("Read as missing in every column: -1, 999"). */
export function describeChoices(choices: ReadingChoices): string[] {
  const lines: string[] = [];
  if (choices.missingValues?.length) lines.push(`Read as missing in every column: ${formatMissingValues(choices.missingValues)}`);
  for (const [column, values] of Object.entries(choices.columnMissingValues ?? {})) {
    if (values.length) lines.push(`Read as missing in ${column}: ${formatMissingValues(values)}`);
  }
  for (const [column, order] of Object.entries(choices.dateOrders ?? {})) {
    if (order) lines.push(`${column}: dates read ${order === 'dmy' ? 'day first (dd/mm)' : 'month first (mm/dd)'}, as you chose`);
  }
  return lines;
}

export function hasChoices(choices: ReadingChoices): boolean {
  return Object.keys(tidy(choices)).length > 0;
}

/** Drops empty lists and unset orders, so that stored choices hold only what the analyst declared. */
export function tidy(choices: ReadingChoices): ReadingChoices {
  const result: ReadingChoices = {};
  if (choices.encoding) result.encoding = choices.encoding;
  if (choices.missingValues?.length) result.missingValues = [...choices.missingValues];
  const perColumn = Object.entries(choices.columnMissingValues ?? {}).filter(([, values]) => values.length > 0);
  if (perColumn.length) result.columnMissingValues = Object.fromEntries(perColumn);
  const orders = Object.entries(choices.dateOrders ?? {}).filter((entry): entry is [string, DayMonthOrder] => entry[1] === 'dmy' || entry[1] === 'mdy');
  if (orders.length) result.dateOrders = Object.fromEntries(orders);
  return result;
}

/** What a re-read changed in the missing counts, in words ("score: 0 → 3 missing"); columns are matched by name. */
export function missingCountChanges(before: Array<{ name: string; missing: number }>, after: Array<{ name: string; missing: number }>): string[] {
  const previous = new Map(before.map((p) => [p.name, p.missing]));
  return after.flatMap((p) => {
    const was = previous.get(p.name);
    return was === undefined || was === p.missing ? [] : [`${p.name}: ${was.toLocaleString('en')} → ${p.missing.toLocaleString('en')} missing`];
  });
}
