// Runs one job in its own Web Worker and follows it: progress, one result or one error.
// Cancelling terminates the worker at once (no cooperative stop needed), so the UI is free immediately.
import type { JobMessage, JobRequest, JobResults } from '../workers/segmentJob';

export interface WorkerJobHandlers<R> {
  onProgress: (fraction: number, phase: string) => void;
  onResult: (result: R) => void;
  onError: (message: string) => void;
}

export interface WorkerJob {
  cancel: () => void;
}

let nextJobId = 1;

export function newJobId(): number {
  return nextJobId++;
}

export function startWorkerJob<K extends keyof JobResults>(request: JobRequest & { kind: K }, transfer: Transferable[],
  handlers: WorkerJobHandlers<JobResults[K]>): WorkerJob {
  const worker = new Worker(new URL('../workers/segmentWorker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  const stop = () => {
    finished = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<JobMessage>) => {
    const message = event.data;
    if (finished || message.jobId !== request.jobId) return;
    if (message.type === 'progress') {
      handlers.onProgress(message.fraction, message.phase);
    } else if (message.type === 'error') {
      stop();
      handlers.onError(message.message);
    } else {
      stop();
      // The worker answers a request of kind K with that kind's result.
      handlers.onResult(message.result as JobResults[K]);
    }
  };
  worker.onerror = (event) => {
    if (finished) return;
    stop();
    handlers.onError(event.message || 'the worker stopped unexpectedly');
  };
  worker.postMessage(request, transfer);
  return { cancel: stop };
}
