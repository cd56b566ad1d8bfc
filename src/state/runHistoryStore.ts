// Every run of this session (and the persisted ones): how it was made, its result and its validation.
// The runs list shows them, brings one back, and compares two by adjusted Rand index.
import { create } from 'zustand';
import { adjustedRandIndex } from '../analysis/adjustedRandIndex';
import { saveRuns, type StoredRun } from './persistence';
import type { ValidationJobResult } from '../workers/segmentJob';

/** Older runs are dropped beyond this many, so that IndexedDB does not grow without bound. */
const KEPT_RUNS = 30;

interface RunHistoryState {
  runs: StoredRun[];
  /** Ids of the runs ticked "Compare" (at most two; ticking a third drops the oldest tick). */
  compare: number[];
}

export const useRunHistoryStore = create<RunHistoryState>(() => ({ runs: [], compare: [] }));

export function resetRunHistory(runs: StoredRun[] = []): void {
  useRunHistoryStore.setState({ runs, compare: [] });
}

export function addRunToHistory(run: StoredRun): Promise<void> {
  useRunHistoryStore.setState((s) => ({ runs: [...s.runs.filter((r) => r.id !== run.id), run].slice(-KEPT_RUNS) }));
  return saveRuns(useRunHistoryStore.getState().runs);
}

export function setRunValidation(id: number, validation: ValidationJobResult): Promise<void> {
  useRunHistoryStore.setState((s) => ({ runs: s.runs.map((r) => (r.id === id ? { ...r, validation } : r)) }));
  return saveRuns(useRunHistoryStore.getState().runs);
}

export function toggleCompare(id: number, on: boolean): void {
  useRunHistoryStore.setState((s) => {
    const others = s.compare.filter((c) => c !== id);
    return { compare: on ? [...others, id].slice(-2) : others };
  });
}

/** Adjusted Rand index between two runs' segment labels (noise counts as a group of its own); NaN when their rows differ. */
export function compareRuns(a: StoredRun, b: StoredRun): number {
  if (a.result.labels.length !== b.result.labels.length) return Number.NaN;
  return adjustedRandIndex(a.result.labels, b.result.labels);
}
