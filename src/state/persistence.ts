// Keeps the session in IndexedDB so that a reload brings back the file, the choices, the run and the names.
// The file bytes live under their own key so that renaming a segment never rewrites a large file.
import { get, set, del } from 'idb-keyval';
import type { SegmentJobParams, SegmentJobResult } from '../workers/segmentJob';

const FILE_KEY = 'audience-lab/file';
/** The list of loaded files; each file's bytes live under FILE_BYTES_PREFIX + its table. */
const FILES_KEY = 'audience-lab/files';
const FILE_BYTES_PREFIX = 'audience-lab/file/';
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

/** One loaded file in the stored list, in load order. */
export interface StoredFileEntry {
  table: string;
  name: string;
  /** Excel only: the sheet that was read. */
  sheet?: string;
  /** True for the file holding the customers. */
  customer: boolean;
}

export const saveFileIndex = (entries: StoredFileEntry[]): Promise<void> => set(FILES_KEY, entries);
export const saveFileBytes = (table: string, bytes: Uint8Array): Promise<void> => set(FILE_BYTES_PREFIX + table, bytes);
export const loadFileBytes = (table: string): Promise<Uint8Array | undefined> => get<Uint8Array>(FILE_BYTES_PREFIX + table);
export const deleteFileBytes = (table: string): Promise<void> => del(FILE_BYTES_PREFIX + table);

/** Every stored file with its bytes; a session saved before several files were possible comes back as one. */
export async function loadStoredFiles(): Promise<Array<StoredFileEntry & { bytes: Uint8Array }>> {
  const entries = (await get<StoredFileEntry[]>(FILES_KEY)) ?? [];
  const files: Array<StoredFileEntry & { bytes: Uint8Array }> = [];
  for (const entry of entries) {
    const bytes = await loadFileBytes(entry.table);
    if (bytes) files.push({ ...entry, bytes });
  }
  if (entries.length > 0) return files;
  const legacy = await get<StoredFile>(FILE_KEY);
  return legacy ? [{ table: '', name: legacy.name, customer: true, bytes: legacy.bytes }] : [];
}
export const saveChoices = (choices: StoredChoices): Promise<void> => set(CHOICES_KEY, choices);
export const loadStoredChoices = (): Promise<StoredChoices | undefined> => get<StoredChoices>(CHOICES_KEY);
export const saveRun = (run: StoredRun): Promise<void> => set(RUN_KEY, run);
export const loadStoredRun = (): Promise<StoredRun | undefined> => get<StoredRun>(RUN_KEY);
export const clearRun = (): Promise<void> => del(RUN_KEY);

export async function clearSession(): Promise<void> {
  const entries = (await get<StoredFileEntry[]>(FILES_KEY)) ?? [];
  await Promise.all(entries.map((e) => deleteFileBytes(e.table)));
  await Promise.all([del(FILES_KEY), del(FILE_KEY), del(CHOICES_KEY), del(RUN_KEY)]);
}
