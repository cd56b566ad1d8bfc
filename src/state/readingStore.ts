// The reading choices of every loaded file, by file name: applied whenever that file is read (again),
// and kept in IndexedDB so that a page reload reads the stored files exactly as the analyst asked.
import { create } from 'zustand';
import { loadReadingChoices, saveReadingChoices } from './persistence';
import { tidy, type ReadingChoices } from './readingChoices';
import type { AlgorithmChoice } from '../workers/algorithmChoice';
import { forgetEncodingChoice } from '../db/text/encodingChoices';
import type { ColumnRecipe } from '../analysis/recipe/recipe';

/** What became of the segments when the customer file was read again. */
export interface RunAfterReread {
  kept: boolean;
  /** Columns the model uses whose values changed ('all' when the row count changed). */
  changed: string[] | 'all';
  /** The cleared run's parameters and seed, for "Run again with the same parameters". */
  cleared: { choice: AlgorithmChoice; seed: number } | null;
}

/** What the last re-read changed; shown while the reading it produced is the one loaded. */
export interface RereadEffect {
  fileName: string;
  /** The table info that re-read produced (a later load of the file replaces it, and the effect goes stale). */
  info: object;
  changes: string[];
  /** Customer table: what became of the recipe's steps, in words (empty when all were carried as they were). */
  recipe?: string[];
  run?: RunAfterReread;
  /** Customer table: quality decisions (fuzzy groups, rows left out) that could not be put back on the new rows. */
  qualityDropped?: boolean;
}

/** Recipe steps of columns a re-read of the customer file lost, for the reading (`info`) that lost them. */
export interface SetAsideSteps {
  fileName: string;
  info: object;
  steps: Record<string, ColumnRecipe>;
}

interface ReadingState {
  byFile: Record<string, ReadingChoices>;
  lastEffect: RereadEffect | null;
  setAside: SetAsideSteps | null;
}

export const useReadingStore = create<ReadingState>(() => ({ byFile: {}, lastEffect: null, setAside: null }));

const NO_CHOICES: ReadingChoices = {};

export function readingChoicesFor(fileName: string): ReadingChoices {
  return useReadingStore.getState().byFile[fileName] ?? NO_CHOICES;
}

export async function setReadingChoices(fileName: string, choices: ReadingChoices): Promise<void> {
  const byFile = { ...useReadingStore.getState().byFile, [fileName]: tidy(choices) };
  useReadingStore.setState({ byFile });
  await saveReadingChoices(byFile);
}

/** A removed file's choices go with it: a new copy dropped later is read afresh. */
export async function forgetReadingChoices(fileName: string): Promise<void> {
  forgetEncodingChoice(fileName);
  const { [fileName]: _gone, ...byFile } = useReadingStore.getState().byFile;
  const { lastEffect, setAside } = useReadingStore.getState();
  useReadingStore.setState({ byFile, lastEffect: lastEffect?.fileName === fileName ? null : lastEffect, setAside: setAside?.fileName === fileName ? null : setAside });
  await saveReadingChoices(byFile);
}

/** Start-up: the stored choices come back before the stored files are read again. */
export async function restoreReadingChoices(): Promise<void> {
  useReadingStore.setState({ byFile: await loadReadingChoices() });
}

export function resetReadingChoices(): void {
  useReadingStore.setState({ byFile: {}, lastEffect: null, setAside: null });
}
