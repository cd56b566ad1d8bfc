// What a re-read of a table changed, in words, from its load reports before and after: the encoding, the rows,
// and per column its type, date format and cells read as missing. Pure; columns are matched by name.
import type { DatasetInfo } from '../db/ingestCsv';

type Reading = Pick<DatasetInfo, 'rowCount' | 'encoding' | 'columns'>;

export function readingChanges(before: Reading, after: Reading): string[] {
  const lines: string[] = [];
  if (before.encoding && after.encoding && before.encoding.name !== after.encoding.name) lines.push(`encoding: ${before.encoding.label} → ${after.encoding.label}`);
  if (before.rowCount !== after.rowCount) lines.push(`rows: ${before.rowCount.toLocaleString('en')} → ${after.rowCount.toLocaleString('en')}`);
  const previous = new Map(before.columns.map((c) => [c.name, c]));
  const names = new Set(after.columns.map((c) => c.name));
  for (const column of after.columns) {
    const was = previous.get(column.name);
    if (!was) continue;
    const read = (c: typeof column) => c.dateFormat ?? c.sqlType;
    if (read(was) !== read(column)) lines.push(`${column.name}: read as ${read(was)} → ${read(column)}`);
    const missingBefore = was.missingTokens ?? 0;
    const missingAfter = column.missingTokens ?? 0;
    if (missingBefore !== missingAfter) lines.push(`${column.name}: ${missingBefore.toLocaleString('en')} → ${missingAfter.toLocaleString('en')} missing`);
  }
  const gone = before.columns.filter((c) => !names.has(c.name)).map((c) => c.name);
  const added = after.columns.filter((c) => !previous.has(c.name)).map((c) => c.name);
  if (gone.length || added.length) lines.push(`columns renamed: ${gone.join(', ')} → ${added.join(', ')}`);
  return lines;
}
