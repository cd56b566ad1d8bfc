// "Start over": forgets the stored session and returns every store to its empty state.
// The DuckDB connection stays open; its tables are replaced by the next load.
import { clearSession } from './persistence';
import { forgetDataFiles } from './dataFiles';
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { setFeatures } from './recipeStore';
import { resetSegmentation } from './segmentRunner';
import { defaultRunSettings, useRunStore } from './runStore';
import { useSegmentStore } from './segmentStore';
import { resetReadingChoices } from './readingStore';

export async function startOver(): Promise<void> {
  resetSegmentation();
  await clearSession();
  resetReadingChoices();
  await forgetDataFiles(await getDatabase());
  useDatasetStore.setState((s) => ({ status: 'empty', activity: '', info: null, profiles: [], problem: null, version: s.version + 1 }));
  setFeatures([]);
  useRunStore.setState({ settings: defaultRunSettings });
  useSegmentStore.setState({ names: [], selection: null });
}
