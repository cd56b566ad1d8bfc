// Keeps the session in IndexedDB so that a reload brings back the file, the choices, the runs and the names.
// The file bytes live under their own key so that renaming a segment never rewrites a large file.
import { get, set, del } from 'idb-keyval';
import type { SegmentJobResult, ValidationJobResult } from '../workers/segmentJob';
import type { AlgorithmChoice, AlgorithmSettings } from '../workers/algorithmChoice';
import type { ReadingChoices } from './readingChoices';
import type { StoredQuality } from './storedQualityFit';
import { isPackedResult, packRunRows, unpackRunRows, type PackedResult } from './storedRunRows';

const FILE_KEY = 'audience-lab/file';
/** The list of loaded files; each file's bytes live under FILE_BYTES_PREFIX + its table. */
const FILES_KEY = 'audience-lab/files';
const FILE_BYTES_PREFIX = 'audience-lab/file/';
const CHOICES_KEY = 'audience-lab/choices';
const RUN_KEY = 'audience-lab/run';
const RUNS_KEY = 'audience-lab/runs';
/** How each file is to be read (encoding, sentinels, day/month orders), by file name. */
const READING_KEY = 'audience-lab/reading';
/** The customer table's fuzzy-duplicate search, decisions and excluded rows. */
const QUALITY_KEY = 'audience-lab/quality';

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
/** The browser's File when there is one: IndexedDB keeps a Blob by reference, with no copy of its bytes on the page. */
export const saveFileBytes = (table: string, bytes: Uint8Array | Blob): Promise<void> => set(FILE_BYTES_PREFIX + table, bytes);
export async function loadFileBytes(table: string): Promise<Uint8Array | undefined> {
  const stored = await get<Uint8Array | Blob>(FILE_BYTES_PREFIX + table);
  return stored instanceof Blob ? new Uint8Array(await stored.arrayBuffer()) : stored;
}
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
export const loadStoredChoices = (): Promise<Partial<StoredChoices> | undefined> => get<Partial<StoredChoices>>(CHOICES_KEY);
/** Each run's per-row arrays go in as one Blob, packed once per run (see storedRunRows.ts). */
export const saveRuns = (runs: StoredRun[]): Promise<void> => set(RUNS_KEY, runs.map((r) => ({ ...r, result: packRunRows(r.result) })));
/** Runs stored by an older version (without `choice`) are left out rather than half-restored; older lists kept arrays inline. */
export async function loadStoredRuns(): Promise<StoredRun[]> {
  const stored = (await get<Array<StoredRun | (Omit<StoredRun, 'result'> & { result: unknown })>>(RUNS_KEY)) ?? [];
  const runs: StoredRun[] = [];
  for (const r of stored) {
    if (!r || typeof r.choice !== 'object') continue;
    if (isPackedResult(r.result)) runs.push({ ...r, result: await unpackRunRows(r.result as PackedResult<StoredRun['result']>) });
    else if ((r as StoredRun).result?.labels instanceof Int32Array) runs.push(r as StoredRun);
  }
  return runs;
}
export const saveCurrentRunId = (id: number): Promise<void> => set(RUN_KEY, { id });
export const loadCurrentRunId = async (): Promise<number | null> => {
  const stored = await get<{ id?: unknown }>(RUN_KEY);
  return typeof stored?.id === 'number' ? stored.id : null;
};
export const saveReadingChoices = (byFile: Record<string, ReadingChoices>): Promise<void> => set(READING_KEY, byFile);
export const loadReadingChoices = async (): Promise<Record<string, ReadingChoices>> => {
  const stored = await get<unknown>(READING_KEY);
  return stored !== null && typeof stored === 'object' ? (stored as Record<string, ReadingChoices>) : {};
};
export const saveQuality = (quality: StoredQuality): Promise<void> => set(QUALITY_KEY, quality);
export const loadStoredQuality = (): Promise<StoredQuality | undefined> => get<StoredQuality>(QUALITY_KEY);
export const clearStoredQuality = (): Promise<void> => del(QUALITY_KEY);
export const clearRun = async (): Promise<void> => {
  await Promise.all([del(RUN_KEY), del(RUNS_KEY)]);
};

export async function clearSession(): Promise<void> {
  const entries = (await get<StoredFileEntry[]>(FILES_KEY)) ?? [];
  await Promise.all(entries.map((e) => deleteFileBytes(e.table)));
  await Promise.all([del(FILES_KEY), del(FILE_KEY), del(CHOICES_KEY), del(RUN_KEY), del(RUNS_KEY), del(READING_KEY), del(QUALITY_KEY)]);
}
