// How a column's text was read, in a few words for its profile card: the decimal mark, the date
// format, tokens read as missing (with the analyst's sentinels), and any note from the typing ("identifier: values start with 0").
import type { DatasetColumn } from '../../db/ingestCsv';

/** `sentinels`: the values the analyst declared missing in this column, named beside the usual tokens of delimited text. */
export function columnReading(column: DatasetColumn | undefined, sentinels: readonly string[] = [], isDelimited = true): string {
  if (!column) return '';
  const parts: string[] = [];
  if (column.decimalMark === ',') parts.push('decimal comma');
  if (column.dateFormat) parts.push(column.dateFormat);
  if (column.typeNote && !/^decimal comma/.test(column.typeNote)) parts.push(column.typeNote);
  const declared = sentinels.length ? `${sentinels.join(', ')} as you declared` : '';
  // Parquet, JSON and Excel cells hold values, not tokens: only the declared values are read as missing there.
  const tokens = isDelimited ? `NA, -, #N/A…${declared ? `, or ${declared}` : ''}` : declared;
  if (column.missingTokens) parts.push(`${column.missingTokens.toLocaleString('en')} written as missing (${tokens})`);
  return parts.join(' · ');
}
