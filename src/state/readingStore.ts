// The reading choices of every loaded file, by file name: applied whenever that file is read (again),
// and kept in IndexedDB so that a page reload reads the stored files exactly as the analyst asked.
import { create } from 'zustand';
import { loadReadingChoices, saveReadingChoices } from './persistence';
import { tidy, type ReadingChoices } from './readingChoices';

/** What the last re-read changed, for the dataset version it produced (a later load makes it stale). */
export interface RereadEffect {
  version: number;
  changes: string[];
}

interface ReadingState {
  byFile: Record<string, ReadingChoices>;
  lastEffect: RereadEffect | null;
}

export const useReadingStore = create<ReadingState>(() => ({ byFile: {}, lastEffect: null }));

const NO_CHOICES: ReadingChoices = {};

export function readingChoicesFor(fileName: string): ReadingChoices {
  return useReadingStore.getState().byFile[fileName] ?? NO_CHOICES;
}

export async function setReadingChoices(fileName: string, choices: ReadingChoices): Promise<void> {
  const byFile = { ...useReadingStore.getState().byFile, [fileName]: tidy(choices) };
  useReadingStore.setState({ byFile });
  await saveReadingChoices(byFile);
}

/** Start-up: the stored choices come back before the stored files are read again. */
export async function restoreReadingChoices(): Promise<void> {
  useReadingStore.setState({ byFile: await loadReadingChoices() });
}

export function resetReadingChoices(): void {
  useReadingStore.setState({ byFile: {}, lastEffect: null });
}
