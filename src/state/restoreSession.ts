// Brings back the stored session after a page reload: files (read with their reading choices), choices,
// quality decisions, the runs list, the current run and names. Runs once at start-up; a stored session
// that no longer loads is cleared rather than left half-restored.
import { loadDataset } from './loadDataset';
import { orderDataFiles } from './dataFiles';
import { clearSession, loadCurrentRunId, loadStoredChoices, loadStoredFiles, loadStoredQuality, loadStoredRuns } from './persistence';
import { applyQualitySnapshot } from './qualitySnapshot';
import { resetReadingChoices, restoreReadingChoices } from './readingStore';
import { setFeatures } from './recipeStore';
import { restoreRecipe } from './recipePersistence';
import { completeSettings, useRunStore } from './runStore';
import { defaultSegmentNames, useSegmentStore } from './segmentStore';
import { resetRunHistory } from './runHistoryStore';
import { writeRunSegments } from './writeRunSegments';
import { getDatabase } from './database';
import { extractFeatures } from '../db/extractFeatures';

export async function restoreSession(): Promise<void> {
  const files = await loadStoredFiles();
  if (files.length === 0) return;
  // Read before the files: loading the customer table starts its quality afresh and clears the stored copy.
  await restoreReadingChoices();
  const quality = await loadStoredQuality();
  const anyCustomer = files.some((f) => f.customer);
  // The customer table comes last: once it is shown, no other load moves it aside while views query it.
  for (const file of [...files.filter((f) => !f.customer), ...files.filter((f) => f.customer)]) {
    const role = !anyCustomer ? 'auto' : file.customer ? 'customer' : 'other';
    const ok = await loadDataset(file.name, file.bytes, { restoring: true, sheet: file.sheet, role, table: file.table || undefined });
    if (!ok) {
      await clearSession();
      resetReadingChoices();
      return;
    }
  }
  orderDataFiles(files.map((f) => f.name));
  if (quality) await applyQualitySnapshot(quality);
  const choices = await loadStoredChoices();
  if (choices) {
    if (Array.isArray(choices.features)) setFeatures(choices.features);
    useRunStore.setState({ settings: completeSettings(choices.settings) });
  }
  await restoreRecipe();
  const runs = await loadStoredRuns();
  resetRunHistory(runs);
  const currentId = await loadCurrentRunId();
  const stored = runs.find((r) => r.id === currentId) ?? runs.at(-1);
  if (!stored) return;
  const featureMatrix = await extractFeatures(await getDatabase(), stored.features);
  const count = stored.result.segmentCount;
  const names = choices?.names?.length === count ? choices.names : defaultSegmentNames(count);
  await writeRunSegments(stored.result, names);
  useSegmentStore.setState({ names, selection: null });
  useRunStore.setState({
    status: 'done',
    progress: 1,
    run: { ...stored, result: { ...stored.result, features: featureMatrix.data }, featureMatrix },
    savedRunId: stored.id,
  });
}
