// Worker entry point that decodes a Parquet file into the dataset's rows (an Arrow IPC stream with row_id),
// so that neither the decoding nor the re-serialising blocks the page; parquet-wasm's ESM build, its .wasm
// served from the app's own build (no CDN).
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { PARQUET_BATCH_ROWS } from '../db/fileReaders';
import { datasetRowsFromIpc, type DatasetRows } from '../db/datasetRows';

export interface ParquetDecodeRequest {
  bytes: Uint8Array;
}

export type ParquetDecodeReply = { rows: DatasetRows } | { error: string };

let ready: Promise<unknown> | null = null;

self.onmessage = async (event: MessageEvent<ParquetDecodeRequest>) => {
  try {
    ready ??= initParquetWasm({ module_or_path: parquetWasmUrl });
    await ready;
    const rows = datasetRowsFromIpc(readParquet(event.data.bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream());
    self.postMessage({ rows } satisfies ParquetDecodeReply, { transfer: [rows.ipc.buffer] });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ParquetDecodeReply);
  }
};
