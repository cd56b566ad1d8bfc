// Worker entry point for the JS passes of a CSV load (encoding, transcoding, dialect, value scan), so that
// a large file never blocks the page: posts progress, then the prepared text, its buffer transferred back.
import { DataLoadError, type DataLoadErrorDetails } from '../db/dataLoadError';
import { prepareCsvText, type CsvTextChoices, type PreparedCsvText } from '../db/prepareCsvText';

export interface CsvScanRequest {
  /** The browser's File (read here, off the page) or bytes transferred to the worker. */
  source: Blob | Uint8Array;
  fileName: string;
  choices: CsvTextChoices;
}

export type CsvScanReply =
  | { progress: { phase: string; fraction: number } }
  | { prepared: PreparedCsvText }
  | { loadError: DataLoadErrorDetails }
  | { error: string };

self.onmessage = async (event: MessageEvent<CsvScanRequest>) => {
  const { source, fileName, choices } = event.data;
  try {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
    const prepared = await prepareCsvText(bytes, fileName, choices, (phase, fraction) => {
      self.postMessage({ progress: { phase, fraction } } satisfies CsvScanReply);
    });
    // The text and the line offsets move back to the page without a copy (the input's buffer too, when the text is it).
    self.postMessage({ prepared } satisfies CsvScanReply, { transfer: [prepared.text.buffer, prepared.scan.newlines.buffer] });
  } catch (error) {
    if (error instanceof DataLoadError) {
      const { file, line, column, problem, hint } = error;
      self.postMessage({ loadError: { file, line, column, problem, hint } } satisfies CsvScanReply);
    } else {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies CsvScanReply);
    }
  }
};
