// The quality decisions worth keeping across a page reload or a re-read of the same file: the fuzzy
// search (columns, measure, threshold, groups), keep-first / keep-all per group, and the excluded rows.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { useQualityStore } from './qualityStore';
import { saveQuality } from './persistence';
import { excludeRows, listExcludedRows } from '../db/quality/excludedRows';
import { fitStoredQuality, type StoredQuality } from './storedQualityFit';

export type { StoredQuality };

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
  const fitted = info ? fitStoredQuality(snapshot, info) : null;
  if (!fitted) return false;
  const db = await getDatabase();
  await excludeRows(db, fitted.excluded);
  useQualityStore.setState({
    fuzzyColumns: fitted.fuzzyColumns,
    fuzzyThreshold: fitted.fuzzyThreshold,
    fuzzyMeasure: fitted.fuzzyMeasure,
    fuzzy: fitted.fuzzy,
    fuzzyStatus: fitted.fuzzy ? 'done' : 'idle',
    decisions: fitted.decisions,
    decisionsRestored: Object.keys(fitted.decisions).length > 0 || fitted.excluded.length > 0,
    exactCopiesLeftOut: fitted.exactCopiesLeftOut,
    excludedCount: (await listExcludedRows(db)).length,
  });
  await persistQuality();
  return true;
}
