// Brings back the stored session after a page reload: file, choices, last run and segment names.
// Runs once at start-up; a stored session that no longer loads is cleared rather than left half-restored.
import { loadDataset } from './loadDataset';
import { clearSession, loadStoredChoices, loadStoredFile, loadStoredRun } from './persistence';
import { setFeatures } from './recipeStore';
import { useRunStore } from './runStore';
import { defaultSegmentNames, useSegmentStore } from './segmentStore';
import { getDatabase } from './database';
import { extractFeatures } from '../db/extractFeatures';
import { writeSegments } from '../db/writeSegments';

export async function restoreSession(): Promise<void> {
  const file = await loadStoredFile();
  if (!file) return;
  const ok = await loadDataset(file.name, file.bytes, { restoring: true });
  if (!ok) {
    await clearSession();
    return;
  }
  const choices = await loadStoredChoices();
  if (choices) {
    setFeatures(choices.features);
    useRunStore.setState({ params: choices.params });
  }
  const stored = await loadStoredRun();
  if (!stored) return;
  const db = await getDatabase();
  const featureMatrix = await extractFeatures(db, stored.features);
  const names = choices?.names.length === stored.params.n_clusters ? choices.names : defaultSegmentNames(stored.params.n_clusters);
  await writeSegments(db, stored.result.labels, names);
  useSegmentStore.setState({ names, selection: null });
  useRunStore.setState({
    status: 'done',
    progress: 1,
    run: { id: stored.id, params: stored.params, features: stored.features, featureMatrix, result: { ...stored.result, features: featureMatrix.data } },
  });
}
