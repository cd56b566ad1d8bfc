// Brings back the stored session after a page reload: file, choices, last run and segment names.
// Runs once at start-up; a stored session that no longer loads is cleared rather than left half-restored.
import { loadDataset } from './loadDataset';
import { orderDataFiles } from './dataFiles';
import { clearSession, loadStoredChoices, loadStoredFiles, loadStoredRun } from './persistence';
import { setFeatures } from './recipeStore';
import { useRunStore } from './runStore';
import { defaultSegmentNames, useSegmentStore } from './segmentStore';
import { getDatabase } from './database';
import { extractFeatures } from '../db/extractFeatures';
import { writeSegments } from '../db/writeSegments';

export async function restoreSession(): Promise<void> {
  const files = await loadStoredFiles();
  if (files.length === 0) return;
  const anyCustomer = files.some((f) => f.customer);
  // The customer table comes last: once it is shown, no other load moves it aside while views query it.
  for (const file of [...files.filter((f) => !f.customer), ...files.filter((f) => f.customer)]) {
    const role = !anyCustomer ? 'auto' : file.customer ? 'customer' : 'other';
    const ok = await loadDataset(file.name, file.bytes, { restoring: true, sheet: file.sheet, role, table: file.table || undefined });
    if (!ok) {
      await clearSession();
      return;
    }
  }
  orderDataFiles(files.map((f) => f.name));
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
