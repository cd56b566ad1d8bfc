// Why a date column's day/month order is what it is, in words for its profile card: chosen by the
// analyst, settled by a value above 12, or a guess (no value above 12) that the analyst may correct.
import type { DatasetColumn } from '../../db/ingestCsv';
import type { DayMonthOrder } from '../../state/readingChoices';

/** dd/mm/yyyy, mm-dd-yy...: not yyyy-mm-dd, whose order is fixed. */
const DAY_MONTH = /(dd|mm)[/.-](dd|mm)[/.-]y/;

/** True when the column reads, or nearly reads, as dates whose day/month order matters. */
export function hasDayMonthOrder(column: DatasetColumn, chosen: DayMonthOrder | undefined): boolean {
  return chosen !== undefined || DAY_MONTH.test(column.dateFormat ?? '') || /mixes day-first and month-first/.test(column.typeNote ?? '');
}

export function dateOrderNote(column: DatasetColumn, chosen: DayMonthOrder | undefined): string {
  const format = column.dateFormat ?? '';
  const read = /dd[/.-]mm[/.-]y/.test(format) ? 'day first' : /mm[/.-]dd[/.-]y/.test(format) ? 'month first' : '';
  const note = column.typeNote ?? '';
  const asChosen = chosen === 'dmy' ? 'day first (dd/mm)' : 'month first (mm/dd)';
  // A chosen order that some values do not fit leaves the column as text (nothing is turned missing): say so.
  if (chosen && !read) return `You chose ${asChosen}, but the column is not read as dates${note ? ` (${note})` : ''}: choose the other order or go back to the settled one.`;
  if (chosen) return `Read ${asChosen}, as you chose.`;
  if (!read) return /mixes/.test(note) ? 'Some values only make sense day first, others month first: choose the order to read them all as dates.' : '';
  if (/ambiguous/.test(note)) return `Read ${read}: no value has a day above 12, so the data cannot tell. Change it if that is wrong.`;
  return `Read ${read}: settled by the whole column (some value has a ${read === 'day first' ? 'first' : 'second'} number above 12).`;
}
