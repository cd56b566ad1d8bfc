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
  const cheap = await aggregate(db, table, columns.map((c, i) => valueProjections(c, i)).flat(), columns.map((_, i) => cheapAggregates(i)).flat());
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
    const detailed = await aggregate(db, table, open.map((i) => [...valueProjections(columns[i], i), `${unitStripped(`__t${i}`)} AS __u${i}`]).flat(),
      open.map((i) => detailedAggregates(i)).flat());
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

/** One aggregate pass over a projection of every cell (see valueProjections). */
async function aggregate(db: Database, table: string, projections: string[], parts: string[]): Promise<Record<string, unknown>> {
  const result = await db.query(`SELECT ${parts.join(', ')} FROM (SELECT ${projections.join(', ')} FROM ${sqlIdentifier(table)})`);
  const row: Record<string, unknown> = {};
  for (const field of result.schema.fields) row[field.name] = result.getChild(field.name)?.get(0);
  return row;
}

/** __t: the trimmed value, NULL when missing; __r: the raw cell (written tokens = raw cells - present values). */
function valueProjections({ name, missing }: RawColumn, i: number): string[] {
  const raw = sqlIdentifier(name);
  return [`CASE WHEN ${missingSql(raw, missing)} THEN NULL ELSE ${trimmed(raw)} END AS __t${i}`,
    `${raw} AS __r${i}`];
}

// Byte-wise tests only (string ranges, contains, strlen): DuckDB's character-wise t[1], left() and
// length() cost several times more per cell, and this pass reads every cell of every column.
function cheapAggregates(i: number): string[] {
  const t = `__t${i}`;
  const startsWithDigit = `(${t} >= '0' AND ${t} < ':')`;
  return [
    `count(${t}) AS present_${i}`,
    `count(__r${i}) - count(${t}) AS tokens_${i}`,
    // A value starting with a letter (other than a currency code) is neither a number nor a date.
    `count_if(((${t} >= 'A' AND ${t} < '[') OR (${t} >= 'a' AND ${t} < '{')) AND NOT (starts_with(${t}, 'EUR') OR starts_with(${t}, 'USD') ` +
      `OR starts_with(${t}, 'GBP') OR starts_with(${t}, 'CHF'))) AS nodigit_${i}`,
    `count(TRY_CAST(${t} AS DOUBLE)) AS castable_${i}`,
    // DuckDB's cast also takes 1_000, inf and nan; such columns go to the patterns.
    `count_if(contains(${t}, '_') OR contains(${t}, 'n') OR contains(${t}, 'N')) AS odd_${i}`,
    `count_if(contains(${t}, '.') OR contains(${t}, 'e') OR contains(${t}, 'E')) AS fraction_${i}`,
    `count_if(strlen(${t}) = 8 AND ${t} >= '19' AND ${t} < '21' AND TRY_CAST(${t} AS BIGINT) BETWEEN 19000101 AND 20991231) AS compact_${i}`,
    `count_if(${t} >= '00' AND ${t} < '0:' AND strlen(${t}) > 1) AS zero_${i}`,
    `coalesce(max(strlen(${t})), 0) AS len_${i}`,
    // A failed timestamp cast is slow: only values starting with a digit and holding a dash try it.
    `count(CASE WHEN ${startsWithDigit} AND contains(${t}, '-') THEN TRY_CAST(${t} AS TIMESTAMP) END) AS iso_${i}`,
    `count_if(contains(${t}, ':')) AS time_${i}`,
  ];
}

function detailedAggregates(i: number): string[] {
  const t = `__t${i}`;
  const u = `__u${i}`;
  const where = (condition: string) => `count_if(${condition})`;
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
