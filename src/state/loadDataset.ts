// Loads a file into DuckDB and profiles it: the "Load" step of the data flow.
// A file that cannot be read changes nothing else: the previous dataset and run stay, with a message.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { setFeatures } from './recipeStore';
import { useSegmentStore } from './segmentStore';
import { resetSegmentation } from './segmentRunner';
import { ingestCsv } from '../db/ingestCsv';
import { profileDataset } from '../db/profileDataset';
import { applyQualityOnLoad } from './qualityActions';
import { DataLoadError } from '../db/dataLoadError';
import { clearRun, saveFile } from './persistence';
import { persistChoicesNow } from './saveChoices';

export interface LoadOptions {
  /** True when the file comes back from IndexedDB after a reload: keep the stored choices. */
  restoring?: boolean;
}

export async function loadDataset(fileName: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<boolean> {
  const previous = useDatasetStore.getState();
  useDatasetStore.setState({ status: 'loading', activity: `Reading ${fileName}`, problem: null });
  try {
    const db = await getDatabase();
    const info = await ingestCsv(db, fileName, bytes);
    useDatasetStore.setState({ activity: `Profiling ${info.rowCount.toLocaleString('en')} rows` });
    const profiles = await applyQualityOnLoad(db, info, await profileDataset(db, info));
    if (!options.restoring) {
      resetSegmentation();
      useSegmentStore.setState({ names: [], selection: null });
    }
    useDatasetStore.setState((s) => ({ status: 'ready', activity: '', info, profiles, version: s.version + 1 }));
    if (!options.restoring) {
      setFeatures(profiles.filter((p) => p.featureSuggestion.proposed).map((p) => p.name));
      await Promise.all([saveFile({ name: fileName, bytes }), clearRun()]);
      await persistChoicesNow();
    }
    return true;
  } catch (error) {
    const problem = error instanceof DataLoadError
      ? { message: error.summary, hint: error.hint }
      : { message: `${fileName} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, hint: 'Check that it is a CSV file with a header row, then try again.' };
    // The previous dataset is still in DuckDB (a failed load replaces nothing), so it stays on screen.
    const hadData = previous.status === 'ready' && previous.info !== null;
    useDatasetStore.setState({ status: hadData ? 'ready' : 'error', activity: '', problem });
    return false;
  }
}
