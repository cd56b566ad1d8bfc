// The message for a file reader's Web Worker that died without replying (out of memory, mostly): one
// wording for the CSV and JSON readers, so the analyst is told the same thing and what to try.
import { DataLoadError } from './dataLoadError';

export function readerWorkerStopped(fileName: string, readerName: string, event: Pick<ErrorEvent, 'message'>): DataLoadError {
  return new DataLoadError({
    file: fileName,
    problem: `The ${readerName} reader stopped unexpectedly (${event.message || 'no reason given'}), perhaps for lack of memory.`,
    hint: 'Close other tabs and load the file again, or split it into smaller files.',
  });
}
