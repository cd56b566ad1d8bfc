// How a column's text was read, in a few words for its profile card: the decimal mark, the date
// format, tokens read as missing (with the analyst's sentinels), and any note from the typing ("identifier: values start with 0").
import type { DatasetColumn } from '../../db/ingestCsv';

/** `sentinels`: the values the analyst declared missing in this column, named beside the usual tokens. */
export function columnReading(column: DatasetColumn | undefined, sentinels: readonly string[] = []): string {
  if (!column) return '';
  const parts: string[] = [];
  if (column.decimalMark === ',') parts.push('decimal comma');
  if (column.dateFormat) parts.push(column.dateFormat);
  if (column.typeNote && !/^decimal comma/.test(column.typeNote)) parts.push(column.typeNote);
  const declared = sentinels.length ? `, or ${sentinels.join(', ')} as you declared` : '';
  if (column.missingTokens) parts.push(`${column.missingTokens.toLocaleString('en')} written as missing (NA, -, #N/A…${declared})`);
  return parts.join(' · ');
}
