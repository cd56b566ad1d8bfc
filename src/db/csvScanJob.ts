// The message protocol of a CSV scan worker (the browser's csvScanWorker, Node's csvScanNodeWorker) and the
// job both run: the JS passes of prepareCsvText, with progress, the head of a long text and the prepared text posted.
import { DataLoadError, type DataLoadErrorDetails } from './dataLoadError';
import { prepareCsvText, scanDecodedCsvText, type CsvTextChoices, type CsvTextHead, type DecodedCsvText, type PreparedCsvText } from './prepareCsvText';

export interface CsvScanRequest {
  /**
   * The browser's File (read in the worker, off the page), bytes transferred or copied to the worker, or text
   * decoded already (Node's preparer decodes it for its own head): then only the value scan runs here.
   */
  source: Blob | Uint8Array | DecodedCsvText;
  fileName: string;
  choices: CsvTextChoices;
  /** Post the head of a long text once its first chunk is scanned (the page starts reading from it). */
  withHead: boolean;
}

export type CsvScanReply =
  | { progress: { phase: string; fraction: number } }
  | { head: CsvTextHead }
  | { prepared: PreparedCsvText }
  | { loadError: DataLoadErrorDetails }
  | { error: string };

/** Posts a reply, moving the listed buffers rather than copying them. */
export type CsvScanPost = (reply: CsvScanReply, transfer?: ArrayBuffer[]) => void;

export async function runCsvScan({ source, fileName, choices, withHead }: CsvScanRequest, post: CsvScanPost): Promise<void> {
  try {
    const progress = (phase: string, fraction: number) => post({ progress: { phase, fraction } });
    const onHead = withHead ? (head: CsvTextHead) => post({ head }) : undefined;
    const prepared = source instanceof Blob ? await prepareCsvText(new Uint8Array(await source.arrayBuffer()), fileName, choices, progress, onHead)
      : source instanceof Uint8Array ? await prepareCsvText(source, fileName, choices, progress, onHead)
        : await scanDecodedCsvText(source, progress, onHead);
    // The text and the line offsets move back without a copy (the input's buffer too, when the text is it).
    post({ prepared }, [prepared.text.buffer as ArrayBuffer, prepared.scan.newlines.buffer as ArrayBuffer]);
  } catch (error) {
    if (error instanceof DataLoadError) {
      const { file, line, column, problem, hint } = error;
      post({ loadError: { file, line, column, problem, hint } });
    } else {
      post({ error: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** What a reply other than progress or the head settles: the prepared text, or the error to throw. */
export function settledReply(reply: CsvScanReply, fileName: string): PreparedCsvText | Error | null {
  if ('prepared' in reply) return reply.prepared;
  if ('loadError' in reply) return new DataLoadError(reply.loadError);
  if ('error' in reply) return new Error(`${fileName} could not be read: ${reply.error}`);
  return null;
}
