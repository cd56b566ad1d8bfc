// Starts, follows and cancels a segmentation run in a Web Worker: the "Segment" step.
// Cancel terminates the worker at once; the previous result, if any, stays on screen.
import { getDatabase } from './database';
import { useRunStore, type RunRecord } from './runStore';
import { useRecipeStore } from './recipeStore';
import { defaultSegmentNames, useSegmentStore } from './segmentStore';
import { extractFeatures } from '../db/extractFeatures';
import { writeSegments } from '../db/writeSegments';
import { saveRun } from './persistence';
import { persistChoicesNow } from './saveChoices';
import { emptyFeatureColumns } from '../analysis/columnCoverage';
import type { SegmentJobMessage, SegmentJobRequest } from '../workers/segmentJob';

let activeWorker: Worker | null = null;
let nextJobId = 1;

export async function runSegmentation(): Promise<void> {
  cancelSegmentation({ silent: true });
  const { params } = useRunStore.getState();
  const features = useRecipeStore.getState().features;
  if (features.length === 0) {
    useRunStore.setState({ status: 'error', message: 'Choose at least one feature column before running.' });
    return;
  }
  const jobId = nextJobId++;
  useRunStore.setState({ status: 'running', progress: 0, phase: 'Reading features', message: '' });
  try {
    const db = await getDatabase();
    const matrix = await extractFeatures(db, features);
    const empty = emptyFeatureColumns(matrix).map((j) => features[j]);
    if (empty.length > 0) throw new Error(`${empty.join(', ')} ${empty.length > 1 ? 'have' : 'has'} no values at all; untick ${empty.length > 1 ? 'them' : 'it'} in Prepare.`);
    if (matrix.rows < params.n_clusters) throw new Error(`${matrix.rows} rows cannot make ${params.n_clusters} segments; lower the number of segments.`);
    if (useRunStore.getState().status !== 'running') return;

    const worker = new Worker(new URL('../workers/segmentWorker.ts', import.meta.url), { type: 'module' });
    activeWorker = worker;
    const request: SegmentJobRequest = { type: 'run', jobId, data: matrix.data, rows: matrix.rows, cols: matrix.cols, params };
    worker.onmessage = (event: MessageEvent<SegmentJobMessage>) => {
      const message = event.data;
      if (message.jobId !== jobId || activeWorker !== worker) return;
      if (message.type === 'progress') {
        useRunStore.setState({ progress: message.fraction, phase: message.phase });
      } else if (message.type === 'error') {
        stopWorker();
        useRunStore.setState({ status: 'error', message: `The run failed: ${message.message}` });
      } else {
        stopWorker();
        const { result } = message;
        // The worker hands the feature buffer back with the result: it was moved, never copied.
        const featureMatrix = { data: result.features, rows: matrix.rows, cols: matrix.cols };
        void finishRun({ id: jobId, params, features, result, featureMatrix });
      }
    };
    worker.onerror = (event) => {
      stopWorker();
      useRunStore.setState({ status: 'error', message: `The run failed: ${event.message || 'the worker stopped unexpectedly'}` });
    };
    worker.postMessage(request, [matrix.data.buffer]);
  } catch (error) {
    useRunStore.setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

async function finishRun(run: RunRecord): Promise<void> {
  const segmentCount = run.params.n_clusters;
  const names = defaultSegmentNames(segmentCount);
  const db = await getDatabase();
  await writeSegments(db, run.result.labels, names);
  useSegmentStore.setState({ names, selection: null });
  useRunStore.setState({ status: 'done', progress: 1, phase: '', message: '', run });
  const { features: _rawFeatures, ...storedResult } = run.result;
  await saveRun({ id: run.id, params: run.params, features: run.features, result: storedResult });
  await persistChoicesNow();
}

export function cancelSegmentation(options: { silent?: boolean } = {}): void {
  const wasRunning = useRunStore.getState().status === 'running';
  stopWorker();
  if (wasRunning && !options.silent) {
    useRunStore.setState({ status: 'cancelled', progress: 0, phase: '', message: 'Run cancelled. Nothing was changed.' });
  }
}

function stopWorker(): void {
  activeWorker?.terminate();
  activeWorker = null;
}
