// The map's layout computed off the page's thread: one long-lived worker frames each projection the map
// is about to show; if the worker cannot run, the page frames it itself (slower, never wrong).
import { normaliseEmbedding, type NormalisedEmbedding } from '../analysis/embeddingBounds';
import type { MapLayoutMessage, MapLayoutRequest } from '../workers/mapLayoutJob';

let worker: Worker | null = null;
let broken = false;
let nextJobId = 1;
const pending = new Map<number, { resolve: (layout: NormalisedEmbedding) => void; reject: (error: Error) => void }>();

/** `embedding` (n x 2) scaled into the map's square with its central `coverage` share framed. */
export function normaliseMapLayout(embedding: Float64Array, rows: number, coverage: number): Promise<NormalisedEmbedding> {
  const layoutWorker = broken ? null : startWorker();
  if (!layoutWorker) return Promise.resolve(normaliseEmbedding(embedding, rows, coverage));
  const request: MapLayoutRequest = { jobId: nextJobId++, embedding, rows, coverage };
  return new Promise<NormalisedEmbedding>((resolve, reject) => {
    pending.set(request.jobId, { resolve, reject });
    // Copied, not transferred: the stores keep the embedding for later switches and the saved session.
    layoutWorker.postMessage(request);
  }).catch(() => normaliseEmbedding(embedding, rows, coverage));
}

function startWorker(): Worker | null {
  if (worker) return worker;
  try {
    worker = new Worker(new URL('../workers/mapLayoutWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<MapLayoutMessage>) => {
    const message = event.data;
    const waiting = pending.get(message.jobId);
    pending.delete(message.jobId);
    if (message.type === 'result') waiting?.resolve(message.layout);
    else waiting?.reject(new Error(message.message));
  };
  worker.onerror = () => {
    // Every waiting request is framed on the page instead, and so is every later one.
    broken = true;
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(new Error('the map-layout worker stopped'));
    pending.clear();
  };
  return worker;
}
