// Keeps the session in IndexedDB so that a reload brings back the file, the choices, the runs and the names.
// The file bytes live under their own key so that renaming a segment never rewrites a large file.
import { get, set, del } from 'idb-keyval';
import type { SegmentJobResult, ValidationJobResult } from '../workers/segmentJob';
import type { AlgorithmChoice, AlgorithmSettings } from '../workers/algorithmChoice';

const FILE_KEY = 'audience-lab/file';
const CHOICES_KEY = 'audience-lab/choices';
const RUN_KEY = 'audience-lab/run';
const RUNS_KEY = 'audience-lab/runs';

export interface StoredFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredChoices {
  features: string[];
  settings: AlgorithmSettings;
  names: string[];
}

/** One run of the session: how it was made, its result and, once computed, its validation. */
export interface StoredRun {
  id: number;
  choice: AlgorithmChoice;
  seed: number;
  features: string[];
  createdAt: number;
  /** The result without the raw feature buffer, which is re-read from DuckDB on restore. */
  result: Omit<SegmentJobResult, 'features'>;
  validation: ValidationJobResult | null;
}

export const saveFile = (file: StoredFile): Promise<void> => set(FILE_KEY, file);
export const loadStoredFile = (): Promise<StoredFile | undefined> => get<StoredFile>(FILE_KEY);
export const saveChoices = (choices: StoredChoices): Promise<void> => set(CHOICES_KEY, choices);
export const loadStoredChoices = (): Promise<Partial<StoredChoices> | undefined> => get<Partial<StoredChoices>>(CHOICES_KEY);
export const saveRuns = (runs: StoredRun[]): Promise<void> => set(RUNS_KEY, runs);
/** Runs stored by an older version (without `choice`) are left out rather than half-restored. */
export const loadStoredRuns = async (): Promise<StoredRun[]> =>
  ((await get<StoredRun[]>(RUNS_KEY)) ?? []).filter((r) => r && typeof r.choice === 'object' && r.result?.labels instanceof Int32Array);
export const saveCurrentRunId = (id: number): Promise<void> => set(RUN_KEY, { id });
export const loadCurrentRunId = async (): Promise<number | null> => {
  const stored = await get<{ id?: unknown }>(RUN_KEY);
  return typeof stored?.id === 'number' ? stored.id : null;
};
export const clearRun = async (): Promise<void> => {
  await Promise.all([del(RUN_KEY), del(RUNS_KEY)]);
};

export async function clearSession(): Promise<void> {
  await Promise.all([del(FILE_KEY), del(CHOICES_KEY), del(RUN_KEY), del(RUNS_KEY)]);
}
