// Turns a finding's RowSelector into the SQL predicate over `dataset` that both counts the rows
// (columnStats.ts) and lists them (qualityRows.ts), so the count on screen and the rows shown agree.
import { sqlIdentifier, sqlString } from '../database';
import type { DatasetColumn } from '../ingestCsv';
import type { RowSelector } from '../../analysis/quality/qualityFinding';
import { EARLIEST_PLAUSIBLE_DATE, ROBUST_Z_FACTOR } from '../../analysis/quality/qualityRules';

/** An exact double in SQL: through VARCHAR, since a bare 0.1 would be read as a DECIMAL. */
export function doubleLiteral(x: number): string {
  return `CAST('${String(x)}' AS DOUBLE)`;
}

/** Every file column, quoted, for GROUP BY and ORDER BY over whole rows (row_id aside). */
export function allColumns(columns: DatasetColumn[]): string {
  return columns.map((c) => sqlIdentifier(c.name)).join(', ');
}

export function selectorPredicate(selector: RowSelector, columns: DatasetColumn[]): string {
  switch (selector.kind) {
    case 'missing':
      return `${sqlIdentifier(selector.column)} IS NULL`;
    case 'outside': {
      const x = `${sqlIdentifier(selector.column)}::DOUBLE`;
      const sides = [
        selector.low === null ? null : `${x} < ${doubleLiteral(selector.low)}`,
        selector.high === null ? null : `${x} > ${doubleLiteral(selector.high)}`,
      ].filter((s): s is string => s !== null);
      return sides.length === 0 ? 'false' : `(${sides.join(' OR ')})`;
    }
    case 'robustZ': {
      const x = `${sqlIdentifier(selector.column)}::DOUBLE`;
      return `abs(${doubleLiteral(ROBUST_Z_FACTOR)} * (${x} - ${doubleLiteral(selector.median)}) / ${doubleLiteral(selector.mad)}) > ${doubleLiteral(selector.limit)}`;
    }
    case 'impossibleDate': {
      const d = sqlIdentifier(selector.column);
      // current_date lives in the ICU extension, which this offline build does not have.
      return `(CAST(${d} AS DATE) < DATE ${sqlString(EARLIEST_PLAUSIBLE_DATE)} OR CAST(${d} AS DATE) > DATE ${sqlString(selector.today)})`;
    }
    case 'exactDuplicates': {
      const cols = allColumns(columns);
      return `row_id IN (SELECT unnest(list(row_id)) FROM dataset GROUP BY ${cols} HAVING count(*) > 1)`;
    }
    case 'duplicateIds': {
      const q = sqlIdentifier(selector.column);
      return `${q} IN (SELECT ${q} FROM dataset WHERE ${q} IS NOT NULL GROUP BY ${q} HAVING count(*) > 1)`;
    }
    case 'personalData':
      return `regexp_full_match(lower(trim(CAST(${sqlIdentifier(selector.column)} AS VARCHAR))), ${sqlString(selector.pattern)})`;
  }
}

/** Rows of one selector read best side by side: twins together, repeated identifiers together. */
export function selectorOrder(selector: RowSelector, columns: DatasetColumn[]): string {
  if (selector.kind === 'exactDuplicates') return `${allColumns(columns)}, row_id`;
  if (selector.kind === 'duplicateIds') return `${sqlIdentifier(selector.column)}, row_id`;
  return 'row_id';
}
