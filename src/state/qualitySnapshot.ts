// The quality decisions worth keeping across a page reload or a re-read of the same file: the fuzzy
// search (columns, measure, threshold, groups), keep-first / keep-all per group, and the excluded rows.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { useQualityStore, type GroupDecision } from './qualityStore';
import { saveQuality } from './persistence';
import { excludeRows, listExcludedRows, type ExcludedRow } from '../db/quality/excludedRows';
import type { FuzzyDuplicates, SimilarityMeasure } from '../db/quality/fuzzyDuplicates';

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

export async function takeQualitySnapshot(): Promise<StoredQuality | null> {
  const { info, status } = useDatasetStore.getState();
  if (!info || status !== 'ready') return null;
  const { fuzzyColumns, fuzzyThreshold, fuzzyMeasure, fuzzy, decisions, exactCopiesLeftOut } = useQualityStore.getState();
  const excluded = await listExcludedRows(await getDatabase());
  return { fileName: info.fileName, rowCount: info.rowCount, fuzzyColumns, fuzzyThreshold, fuzzyMeasure, fuzzy, decisions, exactCopiesLeftOut, excluded };
}

/**
 * Writes the current decisions to IndexedDB (after each search, decision or tick); `pending` holds
 * what is about to be shown, so that a decision is stored before the screen says it is made.
 */
export async function persistQuality(pending: Partial<StoredQuality> = {}): Promise<void> {
  const snapshot = await takeQualitySnapshot();
  if (snapshot) await saveQuality({ ...snapshot, ...pending });
}

/**
 * Puts stored decisions back on the customer table they were made on: the store, and the rows in
 * excluded_rows. False (nothing applied) when the table is another file or another length.
 */
export async function applyQualitySnapshot(snapshot: StoredQuality): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info || info.fileName !== snapshot.fileName || info.rowCount !== snapshot.rowCount) return false;
  const columns = new Set(info.columns.map((c) => c.name));
  const excluded = (snapshot.excluded ?? []).filter((r) => r.rowId >= 0 && r.rowId < info.rowCount);
  const db = await getDatabase();
  await excludeRows(db, excluded);
  const decided = Object.keys(snapshot.decisions ?? {}).length > 0;
  useQualityStore.setState({
    fuzzyColumns: (snapshot.fuzzyColumns ?? []).filter((c) => columns.has(c)),
    fuzzyThreshold: snapshot.fuzzyThreshold,
    fuzzyMeasure: snapshot.fuzzyMeasure,
    fuzzy: snapshot.fuzzy,
    fuzzyStatus: snapshot.fuzzy ? 'done' : 'idle',
    decisions: snapshot.decisions ?? {},
    decisionsRestored: decided || excluded.length > 0,
    exactCopiesLeftOut: snapshot.exactCopiesLeftOut === true,
    excludedCount: (await listExcludedRows(db)).length,
  });
  await persistQuality();
  return true;
}
