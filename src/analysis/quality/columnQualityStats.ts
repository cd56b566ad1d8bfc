// The figures the quality report needs about one column, gathered by SQL in src/db/quality and
// turned into findings by columnFindings.ts.
import type { PersonalDataKind } from './columnNameRules';

export type QualityColumnKind = 'numeric' | 'text' | 'date' | 'boolean';

export interface ColumnQualityStats {
  name: string;
  kind: QualityColumnKind;
  /** True for whole-number SQL types. */
  integer: boolean;
  total: number;
  missing: number;
  distinct: number;
  /** The most frequent value and its count (0 when the column is empty). */
  modeValue: string | null;
  modeCount: number;
  numeric?: {
    skewness: number | null;
    q1: number;
    q3: number;
    median: number;
    mad: number;
    iqrOutliers: number;
    robustOutliers: number;
  };
  /** Values outside the plausible range the column's name implies (age, amount) or dates out of range. */
  impossible?: { count: number; rule: 'age' | 'amount' | 'date'; today?: string };
  /** Personal data found by name or by values. */
  personal?: { kind: PersonalDataKind; matches: number; byName: boolean; pattern: string | null };
  /** Identifier-like columns: rows whose identifier appears more than once, and how many identifiers repeat. */
  duplicateIds?: { rows: number; identifiers: number };
}
