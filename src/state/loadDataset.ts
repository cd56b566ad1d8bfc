// Loads a file into DuckDB and profiles it: the "Load" step of the data flow.
// A file that cannot be read leaves the app usable, with a message saying what, where and what to do.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { setFeatures } from './recipeStore';
import { useRunStore } from './runStore';
import { useSegmentStore } from './segmentStore';
import { ingestCsv } from '../db/ingestCsv';
import { profileDataset } from '../db/profileDataset';
import { DataLoadError } from '../db/dataLoadError';
import { clearRun, saveFile } from './persistence';
import { persistChoicesNow } from './saveChoices';

export interface LoadOptions {
  /** True when the file comes back from IndexedDB after a reload: keep the stored choices. */
  restoring?: boolean;
}

export async function loadDataset(fileName: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<boolean> {
  useDatasetStore.setState({ status: 'loading', activity: `Reading ${fileName}`, problem: null });
  if (!options.restoring) {
    useRunStore.setState({ status: 'idle', progress: 0, phase: '', message: '', run: null });
    useSegmentStore.setState({ names: [], selection: null });
  }
  try {
    const db = await getDatabase();
    // DuckDB takes ownership of the buffer it is given, so it gets a copy and we keep the original for storage.
    const info = await ingestCsv(db, fileName, bytes.slice());
    useDatasetStore.setState({ activity: `Profiling ${info.rowCount.toLocaleString('en')} rows` });
    const profiles = await profileDataset(db, info);
    useDatasetStore.setState((s) => ({ status: 'ready', activity: '', info, profiles, version: s.version + 1 }));
    if (!options.restoring) {
      setFeatures(profiles.filter((p) => p.featureSuggestion.proposed).map((p) => p.name));
      await Promise.all([saveFile({ name: fileName, bytes }), clearRun()]);
      await persistChoicesNow();
    }
    return true;
  } catch (error) {
    const problem = error instanceof DataLoadError
      ? { message: error.message, hint: error.hint }
      : { message: `${fileName} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, hint: 'Check that it is a CSV file with a header row, then try again.' };
    useDatasetStore.setState({ status: 'error', activity: '', info: null, profiles: [], problem });
    return false;
  }
}
