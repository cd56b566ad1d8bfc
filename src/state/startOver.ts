// "Start over": forgets the stored session and returns every store to its empty state.
// The DuckDB connection stays open; its tables are replaced by the next load.
import { clearSession } from './persistence';
import { forgetDataFiles } from './dataFiles';
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { setFeatures } from './recipeStore';
import { cancelSegmentation } from './segmentRunner';
import { defaultRunParams, useRunStore } from './runStore';
import { useSegmentStore } from './segmentStore';

export async function startOver(): Promise<void> {
  cancelSegmentation({ silent: true });
  await clearSession();
  await forgetDataFiles(await getDatabase());
  useDatasetStore.setState((s) => ({ status: 'empty', activity: '', info: null, profiles: [], problem: null, version: s.version + 1 }));
  setFeatures([]);
  useRunStore.setState({ params: defaultRunParams, status: 'idle', progress: 0, phase: '', message: '', run: null });
  useSegmentStore.setState({ names: [], selection: null });
}
