// Loads a file into DuckDB (a table of its own) and profiles it when it holds the customers: the "Load" step.
// A file that cannot be read changes nothing else: the previous dataset and run stay, with a message.
import type { Database } from '../db/database';
import type { LoadedFileInfo } from '../db/ingestFile';
import type { LoadProgress } from '../db/ingestCsv';
import type { ColumnProfile } from '../db/profileDataset';
import { getDatabase } from './database';
import { browserDatabaseWhenReady } from '../db/connectBrowser';
import { useDatasetStore } from './datasetStore';
import { setFeatures } from './recipeStore';
import { useSegmentStore } from './segmentStore';
import { resetSegmentation } from './segmentRunner';
import { addDataFile, type AddFileOptions } from './dataFiles';
import { profileDataset } from '../db/profileDataset';
import { applyQualityOnLoad } from './qualityActions';
import { DataLoadError } from '../db/dataLoadError';
import { clearRun } from './persistence';
import { persistChoicesNow } from './saveChoices';

export interface LoadOptions extends AddFileOptions {
  /** True when the file comes back from IndexedDB after a reload: keep the stored choices. */
  restoring?: boolean;
  /**
   * A re-read of the customer file: nothing is reset here; this puts the recipe and the run right for the new
   * reading before it is shown (`version`: the dataset version the new reading gets).
   */
  carrySteps?: (info: LoadedFileInfo, profiles: ColumnProfile[], version: number) => Promise<void>;
}

export async function loadDataset(fileName: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<boolean> {
  const previous = useDatasetStore.getState();
  useDatasetStore.setState({ status: 'loading', activity: `Reading ${fileName}`, problem: null, progress: null });
  const onProgress = (progress: LoadProgress) => useDatasetStore.setState({ progress });
  try {
    // The file's JS passes start while DuckDB may still be starting (a file picked right after the page opened).
    const { info, isCustomerTable, store } = await addDataFile(browserDatabaseWhenReady(getDatabase()), fileName, bytes, { onProgress, ...options });
    const db = await getDatabase();
    // Another file beside the customer table: the customers, their run and choices stay as they are.
    if (!isCustomerTable) useDatasetStore.setState({ status: previous.info ? 'ready' : 'empty', activity: '', progress: null });
    // The file is stored for the next session while the profile runs, not before it (both awaited: no failure is lost).
    const shown = isCustomerTable ? showCustomerTable(db, info, options) : null;
    await Promise.all([shown, store()]);
    return true;
  } catch (error) {
    const problem = error instanceof DataLoadError
      ? { message: error.summary, hint: error.hint }
      : { message: `${fileName} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, hint: 'Check that it is a CSV, Parquet, JSON or Excel file with a header row, then try again.' };
    // The previous dataset is still in DuckDB (a failed load replaces nothing), so it stays on screen.
    const hadData = previous.status === 'ready' && previous.info !== null;
    useDatasetStore.setState({ status: hadData ? 'ready' : 'error', activity: '', problem, progress: null });
    return false;
  }
}

/** Profiles the customer table (now `dataset`) and makes it the table every later step works on. */
export async function showCustomerTable(db: Database, info: LoadedFileInfo, options: LoadOptions = {}): Promise<void> {
  useDatasetStore.setState((s) => ({ activity: `Profiling ${info.rowCount.toLocaleString('en')} rows`, progress: s.progress && { phase: 'Profiling', fraction: 0.9 } }));
  const profiles = await applyQualityOnLoad(db, info, await profileDataset(db, info));
  const startsAfresh = !options.restoring && !options.carrySteps;
  if (startsAfresh) {
    resetSegmentation();
    useSegmentStore.setState({ names: [], selection: null });
  }
  await options.carrySteps?.(info, profiles, useDatasetStore.getState().version + 1);
  useDatasetStore.setState((s) => ({ status: 'ready', activity: '', info, profiles, version: s.version + 1, progress: null }));
  if (startsAfresh) {
    setFeatures(profiles.filter((p) => p.featureSuggestion.proposed).map((p) => p.name));
    await clearRun();
    await persistChoicesNow();
  }
}
