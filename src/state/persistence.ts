// Keeps the session in IndexedDB so that a reload brings back the file, the choices, the run and the names.
// The file bytes live under their own key so that renaming a segment never rewrites a large file.
import { get, set, del } from 'idb-keyval';
import type { SegmentJobParams, SegmentJobResult } from '../workers/segmentJob';

const FILE_KEY = 'audience-lab/file';
const CHOICES_KEY = 'audience-lab/choices';
const RUN_KEY = 'audience-lab/run';

export interface StoredFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredChoices {
  features: string[];
  params: SegmentJobParams;
  names: string[];
}

export interface StoredRun {
  id: number;
  params: SegmentJobParams;
  features: string[];
  /** The result without the raw feature buffer, which is re-read from DuckDB on restore. */
  result: Omit<SegmentJobResult, 'features'>;
}

export const saveFile = (file: StoredFile): Promise<void> => set(FILE_KEY, file);
export const loadStoredFile = (): Promise<StoredFile | undefined> => get<StoredFile>(FILE_KEY);
export const saveChoices = (choices: StoredChoices): Promise<void> => set(CHOICES_KEY, choices);
export const loadStoredChoices = (): Promise<StoredChoices | undefined> => get<StoredChoices>(CHOICES_KEY);
export const saveRun = (run: StoredRun): Promise<void> => set(RUN_KEY, run);
export const loadStoredRun = (): Promise<StoredRun | undefined> => get<StoredRun>(RUN_KEY);
export const clearRun = (): Promise<void> => del(RUN_KEY);

export async function clearSession(): Promise<void> {
  await Promise.all([del(FILE_KEY), del(CHOICES_KEY), del(RUN_KEY)]);
}
