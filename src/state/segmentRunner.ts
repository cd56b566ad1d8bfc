// Starts, follows and cancels a segmentation run in a Web Worker: the "Segment" step.
// Cancel terminates the worker at once; the previous result, if any, stays on screen.
import { getDatabase } from './database';
import { useRunStore, type RunRecord } from './runStore';
import { useRecipeStore } from './recipeStore';
import { defaultSegmentNames, useSegmentStore } from './segmentStore';
import { addRunToHistory, resetRunHistory, useRunHistoryStore } from './runHistoryStore';
import { saveCurrentRunId, type StoredRun } from './persistence';
import { persistChoicesNow } from './saveChoices';
import { writeRunSegments } from './writeRunSegments';
import { newJobId, startWorkerJob, type WorkerJob } from './workerJob';
import { cancelValidation, startValidation } from './validationRunner';
import { useValidationStore } from './validationStore';
import { cancelSweep } from './sweepRunner';
import { useSweepStore } from './sweepStore';
import { resetKDistances } from './kDistanceStore';
import { keepRunModelFeatures, shareRunModelFeatures } from './modelFeatures';
import { extractFeatures } from '../db/extractFeatures';
import { nextTask } from '../db/nextTask';
import { readRunFeatures, spreadOverAllRows } from './recipeRun';
import { choiceOf, type AlgorithmChoice } from '../workers/algorithmChoice';
import type { SegmentJobResult } from '../workers/segmentJob';

let active: WorkerJob | null = null;

export async function runSegmentation(): Promise<void> {
  cancelSegmentation({ silent: true });
  cancelValidation({ silent: true });
  const { settings } = useRunStore.getState();
  const choice = choiceOf(settings);
  const seed = settings.seed;
  const features = useRecipeStore.getState().features;
  if (features.length === 0) {
    useRunStore.setState({ status: 'error', message: 'Choose at least one feature column before running.' });
    return;
  }
  const jobId = newJobId();
  useRunStore.setState({ status: 'running', progress: 0, phase: 'Reading features', message: '' });
  try {
    // The recipe builds the final matrix in SQL (modelled rows only); the worker neither imputes nor scales it.
    const runFeatures = await readRunFeatures();
    const { matrix } = runFeatures.prepared;
    const needed = segmentsRequested(choice);
    if (matrix.rows < needed) throw new Error(`${matrix.rows} rows cannot make ${needed} segments; lower the number of segments.`);
    if (useRunStore.getState().status !== 'running') return;
    active = startWorkerJob({ kind: 'segment', jobId, data: matrix.data, rows: matrix.rows, cols: matrix.cols, prepared: true, choice, seed },
      [matrix.data.buffer], {
        onProgress: (progress, phase) => useRunStore.setState({ progress, phase }),
        onResult: (result) => {
          active = null;
          const id = nextRunId();
          // The worker hands back the matrix it clustered: validation and the tree use it instead of reading it again.
          const { prepared } = runFeatures;
          keepRunModelFeatures(id, { matrix: { ...matrix, data: result.features }, rowIds: prepared.rowIds, totalRows: prepared.totalRows });
          // Views and exports see every row: rows the recipe left out come back unassigned, with their reason.
          const spread = spreadOverAllRows(result, runFeatures);
          void finishRun({ id, choice, seed, features: runFeatures.viewColumns, createdAt: Date.now(), result: spread, featureMatrix: runFeatures.viewMatrix });
        },
        onError: (message) => {
          active = null;
          useRunStore.setState({ status: 'error', message: `The run failed: ${message}. Check the parameters, then run again.` });
        },
      });
  } catch (error) {
    useRunStore.setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Segments chosen outside a worker run (a cut of the tree), with the parameters that reproduce them. */
export interface LabelledSegments {
  choice: AlgorithmChoice;
  seed: number;
  /** One label per dataset row, 0-based; -1 for noise and rows the model left out. */
  labels: Int32Array;
  sub: Int32Array | null;
  micro: Int32Array | null;
  cutHeight: number | null;
  builtOnMicroClusters: number | null;
  seconds: number;
}

/**
 * Makes segments chosen outside a worker run the current run, along the path a run takes: segments table,
 * default names, validation, the runs list and the stored session. The rows, their map positions, feature
 * values and left-out reasons are the current run's (same recipe, same rows); refused while a run is going on.
 */
export async function registerRunFromLabels(segments: LabelledSegments): Promise<RunRecord> {
  const { status, run: current } = useRunStore.getState();
  if (status === 'running') throw new Error('A run is going on: wait for it to finish or cancel it, then try again.');
  if (!current || current.result.labels.length !== segments.labels.length) {
    throw new Error('These segments are not for the rows of the current run: run the segmentation again, then cut the tree.');
  }
  cancelValidation({ silent: true });
  const { labels, sub, micro, cutHeight, builtOnMicroClusters, seconds, choice, seed } = segments;
  let noiseCount = 0;
  let segmentCount = 0;
  for (const label of labels) {
    if (label < 0) noiseCount++;
    else segmentCount = Math.max(segmentCount, label + 1);
  }
  const result: SegmentJobResult = {
    ...current.result, labels, sub, micro, cutHeight, builtOnMicroClusters, seconds, seed,
    segmentCount, noiseCount,
    probability: null, uncertainCount: null, inertia: null, bic: null, aic: null, nIter: null,
  };
  const run: RunRecord = { ...current, id: nextRunId(), createdAt: Date.now(), choice, seed, result };
  shareRunModelFeatures(current.id, run.id);
  await finishRun(run);
  return run;
}

/** Run ids count up across reloads, so a restored list never collides with a new run. */
function nextRunId(): number {
  return useRunHistoryStore.getState().runs.reduce((max, r) => Math.max(max, r.id), 0) + 1;
}

/** The segment count a run asks for up front (density methods find theirs: one row is enough). */
function segmentsRequested(choice: AlgorithmChoice): number {
  if (choice.algorithm === 'kmeans' || choice.algorithm === 'agglomerative') return choice.params.n_clusters;
  if (choice.algorithm === 'gmm') return choice.params.n_components;
  return 1;
}

async function finishRun(run: RunRecord): Promise<void> {
  const names = defaultSegmentNames(run.result.segmentCount);
  await writeRunSegments(run.result, names);
  useSegmentStore.setState({ names, selection: null });
  useRunStore.setState({ status: 'done', progress: 1, phase: '', message: '', run });
  void startValidation(run);
  // Saved in a task of its own: packing a million rows' arrays for IndexedDB should not lengthen the
  // task in which the page renders the new run.
  await nextTask();
  const { features: _rawFeatures, ...storedResult } = run.result;
  const stored: StoredRun = {
    id: run.id, choice: run.choice, seed: run.seed, features: run.features, createdAt: run.createdAt, result: storedResult, validation: null,
  };
  await Promise.all([addRunToHistory(stored), saveCurrentRunId(run.id)]);
  await persistChoicesNow();
  useRunStore.setState({ savedRunId: run.id });
}

/** Brings back a run from the list: its segments become the current ones (names reset to defaults). */
export async function showRun(id: number): Promise<void> {
  const stored = useRunHistoryStore.getState().runs.find((r) => r.id === id);
  if (!stored || useRunStore.getState().status === 'running') return;
  cancelValidation({ silent: true });
  const current = useRunStore.getState().run;
  const sameFeatures = current !== null && current.features.join('\u0000') === stored.features.join('\u0000');
  const featureMatrix = sameFeatures && current ? current.featureMatrix : await extractFeatures(await getDatabase(), stored.features);
  const names = defaultSegmentNames(stored.result.segmentCount);
  await writeRunSegments(stored.result, names);
  useSegmentStore.setState({ names, selection: null });
  useRunStore.setState({
    status: 'done', progress: 1, phase: '', message: `Showing run ${stored.id} again.`,
    run: { ...stored, result: { ...stored.result, features: featureMatrix.data }, featureMatrix },
  });
  await saveCurrentRunId(stored.id);
}

export function cancelSegmentation(options: { silent?: boolean } = {}): void {
  const wasRunning = useRunStore.getState().status === 'running';
  active?.cancel();
  active = null;
  if (wasRunning) {
    useRunStore.setState(options.silent
      ? { status: useRunStore.getState().run ? 'done' : 'idle', progress: 0, phase: '' }
      : { status: 'cancelled', progress: 0, phase: '', message: 'Run cancelled. Nothing was changed.' });
  }
}

/** Stops every job and forgets runs, sweep and validation: a new file or "Start over". */
export function resetSegmentation(): void {
  cancelSegmentation({ silent: true });
  cancelValidation({ silent: true });
  cancelSweep({ silent: true });
  resetKDistances();
  resetRunHistory();
  useRunStore.setState({ status: 'idle', progress: 0, phase: '', message: '', run: null });
  useSweepStore.setState({ status: 'idle', progress: 0, phase: '', message: '', result: null });
  useValidationStore.setState({ status: 'idle', runId: null, progress: 0, phase: '', message: '' });
}
