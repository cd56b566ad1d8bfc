// Starts, follows and cancels a projection job (PCA, t-SNE, UMAP) in a Web Worker.
// Cancel terminates the worker at once; finished projections of the run stay available.
import { useProjectionStore } from './projectionStore';
import { useRunStore } from './runStore';
import { resetMapView } from './mapStore';
import type { ProjectionMessage, ProjectionRequest } from '../workers/projectionJob';

let activeWorker: Worker | null = null;
let nextJobId = 1;

/** Drops the projections and map toggles of an older run, so the map never mixes two runs. */
export function syncProjectionsWithRun(): void {
  const runId = useRunStore.getState().run?.id ?? null;
  if (useProjectionStore.getState().runId !== runId) {
    cancelProjection({ silent: true });
    useProjectionStore.setState({ runId, results: {}, live: null, shown: 'pca', status: 'idle', message: '' });
    resetMapView();
  }
}

export function computeProjection(): void {
  const run = useRunStore.getState().run;
  if (!run) return;
  cancelProjection({ silent: true });
  const { params } = useProjectionStore.getState();
  const jobId = nextJobId++;
  const worker = new Worker(new URL('../workers/projectionWorker.ts', import.meta.url), { type: 'module' });
  activeWorker = worker;
  useProjectionStore.setState({ status: 'running', progress: 0, phase: 'starting', message: '', live: null, shown: params.method });
  worker.onmessage = (event: MessageEvent<ProjectionMessage>) => {
    const message = event.data;
    if (message.jobId !== jobId || activeWorker !== worker) return;
    if (message.type === 'progress') {
      useProjectionStore.setState({ progress: message.fraction, phase: message.phase });
    } else if (message.type === 'layout') {
      useProjectionStore.setState({ live: message.layout });
    } else if (message.type === 'error') {
      stopWorker();
      useProjectionStore.setState({ status: 'error', live: null, message: `The projection failed: ${message.message}` });
    } else if (message.type === 'result') {
      stopWorker();
      const { result } = message;
      useProjectionStore.setState((s) => ({
        status: 'idle', progress: 1, phase: '', live: null, shown: result.method,
        results: { ...s.results, [result.method]: result },
      }));
    }
  };
  worker.onerror = (event) => {
    stopWorker();
    useProjectionStore.setState({ status: 'error', live: null, message: `The projection failed: ${event.message || 'the worker stopped'}` });
  };
  const { featureMatrix } = run;
  // A copy goes to the worker: the run keeps its features for tooltips and selections.
  const data = featureMatrix.data.slice();
  const request: ProjectionRequest = { type: 'project', jobId, data, rows: featureMatrix.rows, cols: featureMatrix.cols, standardise: true, params };
  worker.postMessage(request, [data.buffer]);
}

export function cancelProjection(options: { silent?: boolean } = {}): void {
  const wasRunning = useProjectionStore.getState().status === 'running';
  stopWorker();
  if (wasRunning) {
    useProjectionStore.setState({ status: options.silent ? 'idle' : 'cancelled', live: null, progress: 0, message: options.silent ? '' : 'Projection cancelled.' });
  }
}

function stopWorker(): void {
  activeWorker?.terminate();
  activeWorker = null;
}
