// What the quality report says about the data: one finding per problem, in plain words, with the
// rows behind it described as a selector (src/db turns it into SQL) and an order by severity.

export type Severity = 'critical' | 'warning' | 'info';

export type QualityCheck =
  | 'empty' | 'missing' | 'constant' | 'nearConstant' | 'identifier' | 'highCardinality' | 'skew'
  | 'outliersIqr' | 'outliersRobustZ' | 'impossible' | 'exactDuplicates' | 'duplicateIds' | 'personalData';

/** Which rows a finding is about; src/db/quality/qualityRows.ts reads them. */
export type RowSelector =
  | { kind: 'missing'; column: string }
  /** Numeric values below `low` or above `high` (null: no bound on that side). */
  | { kind: 'outside'; column: string; low: number | null; high: number | null }
  /** |0.6745 (x - median) / mad| above `limit` (Iglewicz and Hoaglin's modified z-score). */
  | { kind: 'robustZ'; column: string; median: number; mad: number; limit: number }
  /** Dates before 1900-01-01 or after `today` (ISO date, fixed when the report is made). */
  | { kind: 'impossibleDate'; column: string; today: string }
  /** Every row that has an identical twin on all columns (row_id aside). */
  | { kind: 'exactDuplicates' }
  | { kind: 'duplicateIds'; column: string }
  | { kind: 'personalData'; column: string; pattern: string };

export interface QualityFinding {
  /** Stable key: check and column, e.g. "missing:age". */
  id: string;
  check: QualityCheck;
  severity: Severity;
  column: string | null;
  /** Values or rows concerned. */
  count: number;
  /** The finding in plain words: "age: 3 impossible values (below 0 or above 120)". */
  text: string;
  /** What to do next. */
  advice: string;
  /** The rows to show; null when listing rows would not help (a skewed or constant column). */
  rows: RowSelector | null;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; within a severity, the larger share of the table first; then column order. */
export function sortBySeverity(findings: QualityFinding[], rowCount: number, columnOrder: string[]): QualityFinding[] {
  const position = (f: QualityFinding) => (f.column === null ? -1 : columnOrder.indexOf(f.column));
  const share = (f: QualityFinding) => (rowCount > 0 ? f.count / rowCount : 0);
  return [...findings].sort((a, b) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || share(b) - share(a) || position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "168 values" / "1 value": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** "3.4 %" with one decimal; a share that rounds to 0 but is not 0 reads "< 0.1 %". */
export function percentOf(count: number, total: number): string {
  if (total <= 0) return '0 %';
  const share = (100 * count) / total;
  if (share > 0 && share < 0.05) return '< 0.1 %';
  return `${share.toFixed(1)} %`;
}
