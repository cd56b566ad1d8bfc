// Counts, over EVERY value of each raw text column, what the values look like (two aggregate passes:
// cheap casts for all columns, regular expressions only for the columns the casts leave open).
import { sqlIdentifier, type Database } from '../database';
import { decideColumnType, type ColumnStats, type ColumnTyping, type DayMonthOrder } from './columnTyping';
import {
  COMMA_DECIMAL, DATE_FAMILIES, DATE_PATTERNS, DOT_DECIMAL, PLAIN_INTEGER, PLAIN_NUMBER,
  matches, missingSql, trimmed, unitStripped, type MissingRule,
} from './valueSql';

export interface RawColumn {
  name: string;
  missing: MissingRule;
  order?: DayMonthOrder;
}

export interface InferredColumn {
  typing: ColumnTyping;
  stats: ColumnStats;
}

export async function inferColumnTypes(db: Database, table: string, columns: RawColumn[], delimiter: string): Promise<InferredColumn[]> {
  if (columns.length === 0) return [];
  const cheap = await aggregate(db, table, columns.map((c, i) => cheapAggregates(c, i)).flat());
  const stats: ColumnStats[] = columns.map((_, i) => {
    const n = (key: string) => Number(cheap[`${key}_${i}`] ?? 0);
    return {
      present: n('present'), missingTokens: n('tokens'), plainNumber: 0, plainInteger: 0, leadingZero: n('zero'),
      maxLength: n('len'), withUnit: 0, dotDecimal: 0, commaDecimal: 0, dotFraction: 0, commaFraction: 0,
      dates: { iso: 0, slash: 0, dash: 0, dot: 0, compact: 0 }, withTime: n('time'), maxFirst: 0, maxSecond: 0,
    };
  });
  const open: number[] = [];
  columns.forEach((_, i) => {
    const s = stats[i];
    const n = (key: string) => Number(cheap[`${key}_${i}`] ?? 0);
    if (s.present === 0 || n('nodigit') > 0) return;
    if (n('castable') === s.present && n('odd') === 0 && n('compact') < s.present) {
      // Casts settle plain numbers: integers unless a dot or an exponent appears somewhere.
      s.plainNumber = s.dotDecimal = s.commaDecimal = s.present;
      s.plainInteger = s.present - n('fraction');
      s.dotFraction = n('fraction');
      return;
    }
    if (n('iso') === s.present) {
      s.dates.iso = s.present;
      return;
    }
    open.push(i);
  });
  if (open.length > 0) {
    const detailed = await aggregate(db, table, open.map((i) => detailedAggregates(columns[i], i)).flat());
    for (const i of open) {
      const n = (key: string) => Number(detailed[`${key}_${i}`] ?? 0);
      Object.assign(stats[i], {
        plainNumber: n('plain'), plainInteger: n('int'), withUnit: n('unit'), dotDecimal: n('dotdec'), commaDecimal: n('commadec'),
        dotFraction: n('dotfrac'), commaFraction: n('commafrac'), maxFirst: n('first'), maxSecond: n('second'),
        dates: Object.fromEntries(DATE_FAMILIES.map((f) => [f, n(`date_${f}`)])) as ColumnStats['dates'],
      });
    }
  }
  return columns.map((c, i) => ({ stats: stats[i], typing: decideColumnType(stats[i], { delimiter, order: c.order }) }));
}

async function aggregate(db: Database, table: string, parts: string[]): Promise<Record<string, unknown>> {
  const result = await db.query(`SELECT ${parts.join(', ')} FROM ${sqlIdentifier(table)}`);
  const row: Record<string, unknown> = {};
  for (const field of result.schema.fields) row[field.name] = result.getChild(field.name)?.get(0);
  return row;
}

function cheapAggregates({ name, missing }: RawColumn, i: number): string[] {
  const raw = sqlIdentifier(name);
  const t = trimmed(raw);
  const present = `FILTER (WHERE NOT ${missingSql(raw, missing)})`;
  return [
    `count(*) ${present} AS present_${i}`,
    `count(*) FILTER (WHERE ${raw} IS NOT NULL AND ${missingSql(raw, missing)}) AS tokens_${i}`,
    `count(*) ${present.replace('WHERE', `WHERE NOT regexp_matches(${t}, '[0-9]') AND`)} AS nodigit_${i}`,
    `count(TRY_CAST(${t} AS DOUBLE)) ${present} AS castable_${i}`,
    // DuckDB's cast also takes 1_000, inf and nan; such columns go to the patterns.
    `count(*) ${present.replace('WHERE', `WHERE (contains(${t}, '_') OR contains(lower(${t}), 'n')) AND`)} AS odd_${i}`,
    `count(*) ${present.replace('WHERE', `WHERE (contains(${t}, '.') OR contains(lower(${t}), 'e')) AND`)} AS fraction_${i}`,
    `count(*) ${present.replace('WHERE', `WHERE length(${t}) = 8 AND TRY_CAST(${t} AS BIGINT) BETWEEN 19000101 AND 20991231 AND`)} AS compact_${i}`,
    `count(*) ${present.replace('WHERE', `WHERE ${t}[1] = '0' AND length(${t}) > 1 AND ${t}[2] BETWEEN '0' AND '9' AND`)} AS zero_${i}`,
    `coalesce(max(length(${t})) ${present}, 0) AS len_${i}`,
    `count(TRY_CAST(${t} AS TIMESTAMP)) ${present} AS iso_${i}`,
    `count(*) ${present.replace('WHERE', `WHERE contains(${t}, ':') AND`)} AS time_${i}`,
  ];
}

function detailedAggregates({ name, missing }: RawColumn, i: number): string[] {
  const raw = sqlIdentifier(name);
  const t = trimmed(raw);
  const u = unitStripped(raw);
  const where = (condition: string) => `count(*) FILTER (WHERE NOT ${missingSql(raw, missing)} AND ${condition})`;
  const dayMonth = `regexp_full_match(${t}, '[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}.*')`;
  const part = (k: number) => `TRY_CAST(regexp_extract(${t}, '^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]', ${k}) AS INTEGER)`;
  return [
    `${where(matches(t, PLAIN_NUMBER))} AS plain_${i}`,
    `${where(matches(t, PLAIN_INTEGER))} AS int_${i}`,
    `${where(`${u} <> ${t}`)} AS unit_${i}`,
    `${where(matches(u, DOT_DECIMAL))} AS dotdec_${i}`,
    `${where(matches(u, COMMA_DECIMAL))} AS commadec_${i}`,
    `${where(`regexp_matches(${u}, '\\.[0-9]+$')`)} AS dotfrac_${i}`,
    `${where(`regexp_matches(${u}, ',[0-9]+$')`)} AS commafrac_${i}`,
    ...DATE_FAMILIES.map((f) => `${where(matches(t, DATE_PATTERNS[f]))} AS date_${f}_${i}`),
    `coalesce(max(${part(1)}) FILTER (WHERE ${dayMonth}), 0) AS first_${i}`,
    `coalesce(max(${part(2)}) FILTER (WHERE ${dayMonth}), 0) AS second_${i}`,
  ];
}
