// Worker entry point for the JS passes of a CSV load (encoding, transcoding, dialect, value scan), so that
// a large file never blocks the page: posts progress, the head of a long text, then the prepared text.
import { runCsvScan, type CsvScanReply, type CsvScanRequest } from '../db/csvScanJob';

export type { CsvScanReply, CsvScanRequest };

self.onmessage = (event: MessageEvent<CsvScanRequest>) =>
  runCsvScan(event.data, (reply, transfer) => self.postMessage(reply satisfies CsvScanReply, { transfer: transfer ?? [] }));
