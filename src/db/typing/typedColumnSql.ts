// The SQL that turns one raw text column into its typed value: missing tokens and sentinels become
// NULL, numbers lose units and group separators, dates parse in the column's own format(s).
import { sqlString } from '../database';
import type { ColumnTyping, DayMonthOrder } from './columnTyping';
import { DATE_PATTERNS, GROUP_CHARACTERS, matches, missingSql, trimmed, unitStripped, type DateFamily, type MissingRule } from './valueSql';

export function typedColumnSql(raw: string, typing: ColumnTyping, missing: MissingRule): string {
  const value = typedValue(raw, typing);
  return `CASE WHEN ${missingSql(raw, missing)} THEN NULL ELSE ${value} END`;
}

function typedValue(raw: string, typing: ColumnTyping): string {
  const t = trimmed(raw);
  if (typing.type === 'text') return raw;
  if (typing.type === 'number') {
    if (typing.plain) return `TRY_CAST(${t} AS ${typing.sqlType})`;
    const digits = `regexp_replace(${unitStripped(t)}, ${sqlString(GROUP_CHARACTERS)}, '', 'g')`;
    const text = typing.decimalMark === '.' ? `replace(${digits}, ',', '')` : `replace(replace(${digits}, '.', ''), ',', '.')`;
    return `TRY_CAST(${text} AS ${typing.sqlType})`;
  }
  const parsed = typing.families.length === 1 && typing.families[0] === 'iso'
    ? `TRY_CAST(${t} AS TIMESTAMP)`
    : `CASE ${typing.families.map((f) => `WHEN ${matches(t, DATE_PATTERNS[f])} THEN ${parseFamily(t, f, typing.order)}`).join(' ')} END`;
  return typing.sqlType === 'DATE' ? `CAST(${parsed} AS DATE)` : parsed;
}

function parseFamily(t: string, family: DateFamily, order: DayMonthOrder): string {
  if (family === 'iso') return `TRY_CAST(${t} AS TIMESTAMP)`;
  if (family === 'compact') return `try_strptime(${t}, '%Y%m%d')`;
  const sep = family === 'slash' ? '/' : family === 'dash' ? '-' : '.';
  const day = order === 'dmy' ? `%d${sep}%m` : `%m${sep}%d`;
  // Two-digit years first: %Y would read "20" as the year 20.
  const formats = ['%y', '%Y'].flatMap((year) => ['', ' %H:%M:%S', ' %H:%M', 'T%H:%M:%S', 'T%H:%M'].map((time) => `${day}${sep}${year}${time}`));
  return `try_strptime(${t}, [${formats.map(sqlString).join(', ')}])`;
}
