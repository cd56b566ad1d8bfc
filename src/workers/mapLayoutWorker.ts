// Worker entry point of the map's layout: frames a projection into WebGL's square (robust quantiles by
// selection, then one scaling pass) and hands the Float32 coordinates back without copying them.
import { normaliseEmbedding } from '../analysis/embeddingBounds';
import type { MapLayoutMessage, MapLayoutRequest } from './mapLayoutJob';

const post = (message: MapLayoutMessage, transfer: Transferable[] = []): void => {
  (self as unknown as Worker).postMessage(message, transfer);
};

self.onmessage = (event: MessageEvent<MapLayoutRequest>) => {
  const { jobId, embedding, rows, coverage } = event.data;
  try {
    const layout = normaliseEmbedding(embedding, rows, coverage);
    post({ type: 'result', jobId, layout }, [layout.x.buffer, layout.y.buffer]);
  } catch (error) {
    post({ type: 'error', jobId, message: error instanceof Error ? error.message : String(error) });
  }
};
