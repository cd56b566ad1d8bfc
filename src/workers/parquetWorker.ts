// Worker entry point that decodes a Parquet file into an Arrow IPC stream, so that a large file does not
// freeze the page; parquet-wasm's ESM build with its .wasm served from the app's own build (no CDN).
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { PARQUET_BATCH_ROWS } from '../db/fileReaders';

export interface ParquetDecodeRequest {
  bytes: Uint8Array;
}

export type ParquetDecodeReply = { ipc: Uint8Array } | { error: string };

let ready: Promise<unknown> | null = null;

self.onmessage = async (event: MessageEvent<ParquetDecodeRequest>) => {
  try {
    ready ??= initParquetWasm({ module_or_path: parquetWasmUrl });
    await ready;
    const ipc = readParquet(event.data.bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
    self.postMessage({ ipc } satisfies ParquetDecodeReply, { transfer: [ipc.buffer] });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ParquetDecodeReply);
  }
};
