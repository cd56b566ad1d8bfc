// Reads the customer file again (new reading choices) and keeps the analyst's work: the recipe's steps go over
// to the new reading, and the segments stay unless a column the model uses changed; then they are cleared, saying why.
import type { ColumnProfile } from '../db/profileDataset';
import type { LoadedFileInfo } from '../db/ingestFile';
import { changedColumns, columnFingerprints, type ColumnFingerprints } from '../db/columnFingerprints';
import { defaultRecipe } from '../analysis/recipe/recipeDefaults';
import type { ColumnRecipe, Recipe } from '../analysis/recipe/recipe';
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { loadDataset } from './loadDataset';
import { clearRun } from './persistence';
import { applyQualitySnapshot, takeQualitySnapshot } from './qualitySnapshot';
import { carryRecipe, describeCarry } from './recipeCarry';
import { columnFacts } from './recipeKinds';
import { missingCountChanges } from './readingChoices';
import { useReadingStore, type RereadEffect, type RunAfterReread } from './readingStore';
import { setRecipe, useRecipeStore } from './recipeStore';
import { settingsWithChoice, useRunStore, type RunRecord } from './runStore';
import { persistChoicesNow } from './saveChoices';
import { resetSegmentation, runSegmentation } from './segmentRunner';
import { useSegmentStore } from './segmentStore';
import { writeRunSegments } from './writeRunSegments';

interface BeforeReread {
  profiles: ColumnProfile[];
  rowCount: number;
  recipe: Recipe | null;
  run: RunRecord | null;
  /** The columns the model reads: the recipe's features and the current run's. */
  modelColumns: string[];
  /** Their values before the re-read; null when unknown (then everything counts as changed). */
  fingerprints: ColumnFingerprints | null;
  /** Steps an earlier re-read of this very reading set aside (their columns were lost). */
  setAside: Record<string, ColumnRecipe>;
}

interface Carried {
  recipe: string[];
  run?: RunAfterReread;
}

/** Reads the loaded customer file (an Excel file: the same `sheet`) again with the reading choices already stored; null when it could not be. */
export async function rereadCustomerTable(fileName: string, bytes: Uint8Array, sheet?: string): Promise<RereadEffect | null> {
  const quality = await takeQualitySnapshot();
  const before = await describeBefore();
  const carried: { value?: Carried } = {};
  const ok = await loadDataset(fileName, bytes, {
    sheet,
    carrySteps: async (info, profiles, version) => { carried.value = await carrySteps(before, fileName, info, profiles, version); },
  });
  if (!ok) return null;
  const { profiles, info } = useDatasetStore.getState();
  const decided = quality !== null && (Object.keys(quality.decisions).length > 0 || quality.excluded.length > 0 || quality.fuzzy !== null);
  const qualityKept = quality ? await applyQualitySnapshot(quality) : true;
  await persistChoicesNow();
  return {
    fileName, info: info ?? {}, changes: missingCountChanges(before.profiles, profiles), recipe: carried.value?.recipe, run: carried.value?.run,
    // Row ids mean nothing on another number of rows: say that the quality decisions could not follow.
    qualityDropped: decided && !qualityKept,
  };
}

/** "Run again with the same parameters": the cleared run's algorithm, parameters and seed, then Run. */
export async function runAgainAsBefore(): Promise<void> {
  const cleared = useReadingStore.getState().lastEffect?.run?.cleared;
  if (!cleared) return;
  useRunStore.setState((s) => ({ settings: settingsWithChoice(s.settings, cleared.choice, cleared.seed) }));
  await runSegmentation();
}

async function describeBefore(): Promise<BeforeReread> {
  const { profiles, info } = useDatasetStore.getState();
  const recipe = useRecipeStore.getState().recipe;
  const run = useRunStore.getState().run;
  const present = new Set(info?.columns.map((c) => c.name) ?? []);
  const features = recipe?.columns.filter((c) => c.role === 'feature').map((c) => c.column) ?? [];
  const modelColumns = [...new Set([...features, ...(run?.features ?? [])])].filter((c) => present.has(c));
  const fingerprints = modelColumns.length > 0 ? await fingerprintsOf(modelColumns) : { rowCount: info?.rowCount ?? 0, columns: {} };
  const aside = useReadingStore.getState().setAside;
  const setAside = aside && info && aside.info === info ? aside.steps : {};
  return { profiles, rowCount: info?.rowCount ?? 0, recipe, run, modelColumns, fingerprints, setAside };
}

/** Runs inside the re-read, once the new reading is profiled and before it is shown. */
async function carrySteps(before: BeforeReread, fileName: string, info: LoadedFileInfo, profiles: ColumnProfile[], version: number): Promise<Carried> {
  const present = new Set(info.columns.map((c) => c.name));
  const after = before.fingerprints ? await fingerprintsOf(before.modelColumns.filter((c) => present.has(c))) : null;
  const changed = before.fingerprints && after ? changedColumns(before.fingerprints, after) : 'all';
  const factsAfter = columnFacts(profiles, info.rowCount);
  const carried = before.recipe ? carryRecipe(before.recipe, columnFacts(before.profiles, before.rowCount), factsAfter, changed, fileName, before.setAside) : null;
  setRecipe(carried?.recipe ?? defaultRecipe(factsAfter), version);
  useReadingStore.setState({ setAside: carried && Object.keys(carried.setAside).length > 0 ? { fileName, info, steps: carried.setAside } : null });
  const recipe = carried ? describeCarry(carried.report) : [];

  const modelChanged = changed === 'all' ? 'all' : before.modelColumns.filter((c) => changed.has(c));
  if (modelChanged !== 'all' && modelChanged.length === 0) {
    // The model's data is what it was: the run, its history and the sweep still describe it.
    if (!before.run) return { recipe };
    await writeRunSegments(before.run.result, useSegmentStore.getState().names);
    return { recipe, run: { kept: true, changed: [], cleared: null } };
  }
  resetSegmentation();
  useSegmentStore.setState({ names: [], selection: null });
  await clearRun();
  if (!before.run) return { recipe };
  useRunStore.setState({ message: runClearedMessage(fileName, modelChanged) });
  return { recipe, run: { kept: false, changed: modelChanged, cleared: { choice: before.run.choice, seed: before.run.seed } } };
}

export function runClearedMessage(fileName: string, changed: string[] | 'all'): string {
  const why = changed === 'all'
    ? 'its number of rows changed'
    : `the values of ${changed.join(', ')} changed, which the model uses`;
  return `The segments were cleared: ${fileName} was read again and ${why}. Run again to segment the data as it now reads.`;
}

/** Null when the fingerprints cannot be taken: the re-read then counts every column as changed. */
async function fingerprintsOf(columns: string[]): Promise<ColumnFingerprints | null> {
  try {
    return await columnFingerprints(await getDatabase(), columns);
  } catch {
    return null;
  }
}
