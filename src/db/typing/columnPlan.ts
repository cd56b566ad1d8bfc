// Decides from a column's value shapes (counted in JS over every value) whether DuckDB can read it typed
// as it is, or typed from text by a known SQL expression, or whether the SQL typing must count its values.
import { decideColumnType, type ColumnStats, type ColumnTyping, type DayMonthOrder } from './columnTyping';
import type { ColumnShape } from './columnShapes';

export type ColumnPlan =
  /**
   * read_csv reads the column with `readType`: the typed value prints as the text did (through
   * `printFormat`, a printf format, for decimals), so no raw copy.
   */
  | { mode: 'direct'; readType: 'BIGINT' | 'DOUBLE' | 'DATE' | 'VARCHAR'; typing: ColumnTyping; stats: ColumnStats; printFormat?: string }
  /** Read as text, then typed by typedColumnSql; the text is kept for exports. */
  | { mode: 'projected'; typing: ColumnTyping; stats: ColumnStats }
  /** Read as text; inferColumnTypes counts its values in SQL (decimal comma, units, d/m/y dates...). */
  | { mode: 'inferred' };

export const INFERRED: ColumnPlan = { mode: 'inferred' };

export function planColumn(shape: ColumnShape, delimiter: string, order?: DayMonthOrder): ColumnPlan {
  const { present, tokens } = shape;
  const stats: ColumnStats = {
    present, missingTokens: tokens, plainNumber: 0, plainInteger: 0, leadingZero: shape.leadingZero, maxLength: shape.maxLength,
    withUnit: 0, dotDecimal: 0, commaDecimal: 0, dotFraction: 0, commaFraction: 0,
    dates: { iso: 0, slash: 0, dash: 0, dot: 0, compact: 0 }, withTime: 0, maxFirst: 0, maxSecond: 0,
  };
  const numbers = shape.integers + shape.decimals;
  if (shape.words === 0 && present > 0) {
    if (shape.other > 0) return INFERRED;
    if (numbers === present) {
      // Every value a plain number (as inferColumnTypes' cast test finds them), unless all could be yyyymmdd dates.
      if (shape.compact === present) return INFERRED;
      Object.assign(stats, { plainNumber: present, dotDecimal: present, commaDecimal: present, plainInteger: shape.integers, dotFraction: shape.decimals });
    } else if (shape.isoDates === present) {
      stats.dates.iso = present;
    } else {
      return INFERRED;
    }
  }
  const typing = decideColumnType(stats, { delimiter, order });
  const exact = tokens === 0 && shape.rewritten === 0;
  if (exact && typing.type === 'text') return { mode: 'direct', readType: 'VARCHAR', typing, stats };
  if (exact && typing.type === 'number' && typing.sqlType === 'BIGINT') return { mode: 'direct', readType: 'BIGINT', typing, stats };
  if (exact && typing.type === 'number' && shape.integers === 0 && shape.decimalPlaces !== null) {
    return { mode: 'direct', readType: 'DOUBLE', typing, stats, printFormat: `%.${shape.decimalPlaces}f` };
  }
  if (exact && typing.type === 'date' && typing.sqlType === 'DATE') return { mode: 'direct', readType: 'DATE', typing, stats };
  return { mode: 'projected', typing, stats };
}

/** The type read_csv reads the column with: its own for direct plans, text otherwise. */
export function readTypeOf(plan: ColumnPlan): string {
  return plan.mode === 'direct' ? plan.readType : 'VARCHAR';
}
