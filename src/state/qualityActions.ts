// What the quality step does: the report (read through react-query), the rows behind a finding,
// fuzzy duplicates on the picked columns, and the analyst's keep-first / keep-all decisions,
// written to DuckDB's excluded_rows table.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { initialQualityState, useQualityStore, type GroupDecision } from './qualityStore';
import type { Database } from '../db/database';
import type { QualityDataset } from '../db/quality/qualityDataset';
import type { ColumnProfile } from '../db/profileDataset';
import type { RowSelector } from '../analysis/quality/qualityFinding';
import type { PersonalDataKind } from '../analysis/quality/columnNameRules';
import { qualityReport, exactDuplicateCopies, type QualityReport } from '../db/quality/qualityReport';
import { qualityRows, type QualityRows } from '../db/quality/qualityRows';
import { scanPersonalData } from '../db/quality/personalDataScan';
import { fuzzyDuplicates, type SimilarityMeasure } from '../db/quality/fuzzyDuplicates';
import { clearExcludedRows, excludeRows, includeRows, listExcludedRows } from '../db/quality/excludedRows';
import { clearStoredQuality } from './persistence';
import { persistQuality } from './qualitySnapshot';

/** Rows whose values decide, on load, whether a column holds personal data (the report counts them all). */
const PERSONAL_DATA_SAMPLE_ROWS = 50_000;
const FUZZY_REASON = 'fuzzy duplicate';
const EXACT_REASON = 'exact copy';
/** Rows shown under a finding. */
export const FINDING_ROWS_LIMIT = 50;

/**
 * Runs on every load, right after profiling: finds personal data, takes those columns out of the
 * proposed features (with the reason), and starts the new file with no row excluded (a restore or a
 * re-read puts the stored decisions back afterwards, see qualitySnapshot.ts).
 */
export async function applyQualityOnLoad(db: Database, info: QualityDataset, profiles: ColumnProfile[]): Promise<ColumnProfile[]> {
  const personal = await scanPersonalData(db, info, profiles, PERSONAL_DATA_SAMPLE_ROWS);
  await clearExcludedRows(db);
  await clearStoredQuality();
  const personalData: Record<string, PersonalDataKind> = {};
  for (const [name, found] of personal) personalData[name] = found.kind;
  useQualityStore.setState({ ...initialQualityState(), personalData, fuzzyColumns: defaultFuzzyColumns(profiles, personalData) });
  return profiles.map((p) => personalData[p.name]
    ? { ...p, featureSuggestion: { proposed: false, reason: `personal data (${personalData[p.name]})` } }
    : p);
}

/** Names, e-mails and addresses are what fuzzy duplicates are usually looked for on. */
function defaultFuzzyColumns(profiles: ColumnProfile[], personal: Record<string, PersonalDataKind>): string[] {
  return profiles.filter((p) => ['person name', 'e-mail', 'postal address'].includes(personal[p.name] ?? '')).map((p) => p.name);
}

export async function fetchQualityReport(): Promise<QualityReport | null> {
  const { info, profiles } = useDatasetStore.getState();
  if (!info) return null;
  return qualityReport(await getDatabase(), info, profiles);
}

export async function fetchFindingRows(selector: RowSelector): Promise<QualityRows | null> {
  const { info } = useDatasetStore.getState();
  if (!info) return null;
  return qualityRows(await getDatabase(), info, selector, FINDING_ROWS_LIMIT);
}

export function setFuzzyColumns(columns: string[]): void {
  useQualityStore.setState({ fuzzyColumns: columns });
  void persistQuality();
}

export function setFuzzyThreshold(threshold: number): void {
  useQualityStore.setState({ fuzzyThreshold: threshold });
  void persistQuality();
}

export function setFuzzyMeasure(measure: SimilarityMeasure): void {
  useQualityStore.setState({ fuzzyMeasure: measure });
  void persistQuality();
}

export async function findFuzzyDuplicates(): Promise<void> {
  const { fuzzyColumns, fuzzyThreshold, fuzzyMeasure, decisions, fuzzy: previous } = useQualityStore.getState();
  if (fuzzyColumns.length === 0) {
    useQualityStore.setState({ fuzzyStatus: 'error', fuzzyMessage: 'Pick at least one column to compare, then search again.' });
    return;
  }
  useQualityStore.setState({ fuzzyStatus: 'running', fuzzyMessage: '' });
  try {
    const db = await getDatabase();
    // A new search replaces the groups: decisions on the old ones are undone, not silently kept.
    if (previous && Object.values(decisions).includes('keep first')) {
      await includeRows(db, previous.groups.flatMap((g, k) => (decisions[k] === 'keep first' ? g.rows.slice(1).map((r) => r.rowId) : [])), FUZZY_REASON);
      await reapplyExactCopies(db);
    }
    const fuzzy = await fuzzyDuplicates(db, fuzzyColumns, { threshold: fuzzyThreshold, measure: fuzzyMeasure });
    useQualityStore.setState({ fuzzy, fuzzyStatus: 'done', decisions: {}, decisionsRestored: false });
    await refreshExcludedCount(db);
    await persistQuality();
  } catch (error) {
    useQualityStore.setState({
      fuzzyStatus: 'error',
      fuzzyMessage: `The search for fuzzy duplicates failed: ${error instanceof Error ? error.message : String(error)}. Try fewer columns or a higher threshold.`,
    });
  }
}

/** Keep first: the group's other rows are left out of modelling. Keep all: every row stays in. */
export async function decideFuzzyGroup(index: number, decision: GroupDecision): Promise<void> {
  const { fuzzy, fuzzyColumns } = useQualityStore.getState();
  const group = fuzzy?.groups[index];
  if (!group) return;
  const db = await getDatabase();
  const [first, ...others] = group.rows;
  if (decision === 'keep first') {
    const reason = `${FUZZY_REASON} of row ${first.rowId + 1} on ${fuzzyColumns.join(', ')}`;
    await excludeRows(db, others.map((r) => ({ rowId: r.rowId, reason })));
  } else {
    await includeRows(db, others.map((r) => r.rowId), FUZZY_REASON);
    await reapplyExactCopies(db);
  }
  // Decision and count change together, so the screen never shows one without the other.
  const excludedCount = (await listExcludedRows(db)).length;
  const decisions = { ...useQualityStore.getState().decisions, [index]: decision };
  await persistQuality({ decisions });
  useQualityStore.setState({ decisions, excludedCount });
}

/** Leaves every exact copy beyond the first of its group out of modelling, or brings them back. */
export async function setExactCopiesLeftOut(leftOut: boolean): Promise<void> {
  const { info } = useDatasetStore.getState();
  if (!info) return;
  // The box follows the click at once; the table catches up a moment later.
  useQualityStore.setState({ exactCopiesLeftOut: leftOut });
  const db = await getDatabase();
  const copies = await exactDuplicateCopies(db, info);
  if (leftOut) await excludeRows(db, copies.map((c) => ({ rowId: c.rowId, reason: `${EXACT_REASON} of row ${c.firstRowId + 1}` })));
  else await includeRows(db, copies.map((c) => c.rowId), EXACT_REASON);
  // Stored before the count changes on screen: what the analyst sees is what a reload brings back.
  await persistQuality();
  await refreshExcludedCount(db);
}

/** Exact copies stay left out while the box says so, even when a fuzzy "keep all" released them. */
async function reapplyExactCopies(db: Database): Promise<void> {
  const { info } = useDatasetStore.getState();
  if (!info || !useQualityStore.getState().exactCopiesLeftOut) return;
  const copies = await exactDuplicateCopies(db, info);
  await excludeRows(db, copies.map((c) => ({ rowId: c.rowId, reason: `${EXACT_REASON} of row ${c.firstRowId + 1}` })), true);
}

async function refreshExcludedCount(db: Database): Promise<void> {
  useQualityStore.setState({ excludedCount: (await listExcludedRows(db)).length });
}
