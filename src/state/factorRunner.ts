// Runs the factor analysis of the current run's features in the projection worker, again whenever the
// analyst changes the rotation or the factor count; a newer request replaces (terminates) an older one.
import { useFactorStore } from './factorStore';
import { useRunStore } from './runStore';
import type { FactorCountRule, FactorRequest, FactorRotation, ProjectionMessage } from '../workers/projectionJob';

let activeWorker: Worker | null = null;
let nextJobId = 1;

export function openFactorAnalysis(open: boolean): void {
  useFactorStore.setState({ open });
  if (open) computeFactorAnalysis();
}

export function setFactorRotation(rotation: FactorRotation): void {
  useFactorStore.setState({ rotation });
  computeFactorAnalysis();
}

export function setFactorCount(count: FactorCountRule): void {
  useFactorStore.setState({ count });
  computeFactorAnalysis();
}

/** Forgets the result of an older run (a new run, a run brought back from the list). */
export function syncFactorAnalysisWithRun(): void {
  const runId = useRunStore.getState().run?.id ?? null;
  if (useFactorStore.getState().runId === runId) return;
  stopWorker();
  useFactorStore.setState({ runId, result: null, status: 'idle', message: '' });
  if (useFactorStore.getState().open) computeFactorAnalysis();
}

export function computeFactorAnalysis(): void {
  const run = useRunStore.getState().run;
  if (!run) return;
  stopWorker();
  const { rotation, count } = useFactorStore.getState();
  const jobId = nextJobId++;
  const worker = new Worker(new URL('../workers/projectionWorker.ts', import.meta.url), { type: 'module' });
  activeWorker = worker;
  useFactorStore.setState({ status: 'running', message: '', runId: run.id });
  worker.onmessage = (event: MessageEvent<ProjectionMessage>) => {
    const message = event.data;
    if (message.jobId !== jobId || activeWorker !== worker) return;
    if (message.type === 'factor') {
      stopWorker();
      useFactorStore.setState({ status: 'done', result: message.result });
    } else if (message.type === 'error') {
      stopWorker();
      useFactorStore.setState({ status: 'error', message: `The factor analysis failed: ${message.message}` });
    }
  };
  worker.onerror = (event) => {
    stopWorker();
    useFactorStore.setState({ status: 'error', message: `The factor analysis failed: ${event.message || 'the worker stopped'}. Try again or change the features.` });
  };
  const { featureMatrix } = run;
  // A copy goes to the worker: the run keeps its features for the map's tooltips and selections.
  const data = featureMatrix.data.slice();
  const request: FactorRequest = { type: 'factor', jobId, data, rows: featureMatrix.rows, cols: featureMatrix.cols, rotation, count };
  worker.postMessage(request, [data.buffer]);
}

function stopWorker(): void {
  activeWorker?.terminate();
  activeWorker = null;
}
