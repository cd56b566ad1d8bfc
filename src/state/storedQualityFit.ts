// Checks stored quality decisions against the table they are put back on: same file, same length,
// row ids in range, picked columns that still exist, decisions on groups that exist. Pure, no storage.
import type { ExcludedRow } from '../db/quality/excludedRows';
import type { FuzzyDuplicates, SimilarityMeasure } from '../db/quality/fuzzyDuplicates';
import type { GroupDecision } from './qualityStore';

export interface StoredQuality {
  /** The customer file the decisions were made on, and its row count: row ids mean nothing elsewhere. */
  fileName: string;
  rowCount: number;
  fuzzyColumns: string[];
  fuzzyThreshold: number;
  fuzzyMeasure: SimilarityMeasure;
  fuzzy: FuzzyDuplicates | null;
  decisions: Record<number, GroupDecision>;
  exactCopiesLeftOut: boolean;
  excluded: ExcludedRow[];
}

interface TableShape {
  fileName: string;
  rowCount: number;
  columns: Array<{ name: string }>;
}

/** The stored decisions as they apply to `table`, or null when they were made on another table. */
export function fitStoredQuality(stored: StoredQuality, table: TableShape): StoredQuality | null {
  if (stored.fileName !== table.fileName || stored.rowCount !== table.rowCount) return null;
  const columns = new Set(table.columns.map((c) => c.name));
  const groups = stored.fuzzy?.groups.length ?? 0;
  const decisions: Record<number, GroupDecision> = {};
  for (const [key, decision] of Object.entries(stored.decisions ?? {})) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < groups && (decision === 'keep first' || decision === 'keep all')) decisions[index] = decision;
  }
  return {
    ...stored,
    fuzzyColumns: (stored.fuzzyColumns ?? []).filter((c) => columns.has(c)),
    decisions,
    exactCopiesLeftOut: stored.exactCopiesLeftOut === true,
    excluded: (stored.excluded ?? []).filter((r) => Number.isInteger(r.rowId) && r.rowId >= 0 && r.rowId < table.rowCount && typeof r.reason === 'string'),
  };
}
