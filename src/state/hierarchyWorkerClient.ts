// A long-lived hierarchy worker answering one request at a time as promises, with progress callbacks.
// The tree stays in the worker between requests, so cuts are scored without sending the data again.
import type { HierarchyMessage, HierarchyRequest, HierarchyResults } from '../workers/hierarchyJob';

interface Pending {
  resolve: (result: HierarchyResults[keyof HierarchyResults]) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number, phase: string) => void;
}

/** Rejection of the requests still pending when their worker is terminated. */
export class WorkerTerminatedError extends Error {
  constructor() {
    super('The job was replaced by a newer one');
  }
}

let nextJobId = 1;

export function newHierarchyJobId(): number {
  return nextJobId++;
}

export class HierarchyWorkerClient {
  private readonly worker = new Worker(new URL('../workers/hierarchyWorker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<HierarchyMessage>) => {
      const message = event.data;
      const waiting = this.pending.get(message.jobId);
      if (!waiting) return;
      if (message.type === 'progress') {
        waiting.onProgress?.(message.fraction, message.phase);
        return;
      }
      this.pending.delete(message.jobId);
      if (message.type === 'error') waiting.reject(new Error(message.message));
      else waiting.resolve(message.result);
    };
    this.worker.onerror = (event) => {
      const error = new Error(event.message || 'the worker stopped unexpectedly');
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }

  request<K extends keyof HierarchyResults>(request: HierarchyRequest & { kind: K }, transfer: Transferable[] = [],
    onProgress?: (fraction: number, phase: string) => void): Promise<HierarchyResults[K]> {
    return new Promise((resolve, reject) => {
      // The worker answers a request of kind K with that kind's result.
      this.pending.set(request.jobId, { resolve: resolve as Pending['resolve'], reject, onProgress });
      this.worker.postMessage(request, transfer);
    });
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new WorkerTerminatedError());
    this.pending.clear();
  }
}
