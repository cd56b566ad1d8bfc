// Worker entry point that parses a JSON or NDJSON file into the dataset's rows (an Arrow IPC stream with
// row_id), so that a large file never blocks the page; a file the parser rejects comes back as the
// DataLoadError's details.
import { DataLoadError, type DataLoadErrorDetails } from '../db/dataLoadError';
import { datasetRowsFromArrow, type DatasetRows } from '../db/datasetRows';
import type { JsonLayout } from '../db/jsonRecords';
import { jsonToArrow } from '../db/jsonTable';

export interface JsonParseRequest {
  bytes: Uint8Array;
  fileName: string;
  layout: JsonLayout;
}

export type JsonParseReply =
  | { rows: DatasetRows }
  | { loadError: DataLoadErrorDetails }
  | { error: string };

self.onmessage = (event: MessageEvent<JsonParseRequest>) => {
  const { bytes, fileName, layout } = event.data;
  try {
    const { table, headers } = jsonToArrow(bytes, fileName, layout);
    const rows = datasetRowsFromArrow(table, headers);
    self.postMessage({ rows } satisfies JsonParseReply, { transfer: [rows.ipc.buffer] });
  } catch (error) {
    if (error instanceof DataLoadError) {
      const { file, line, column, problem, hint } = error;
      self.postMessage({ loadError: { file, line, column, problem, hint } } satisfies JsonParseReply);
    } else {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies JsonParseReply);
    }
  }
};
