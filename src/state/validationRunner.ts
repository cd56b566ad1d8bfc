// Validates a run in a Web Worker: internal metrics and bootstrap stability, started after every run,
// on the recipe's matrix of modelled rows (what the run clustered). Cancel terminates the worker;
// the run itself stays, only without (new) validation figures.
import { useValidationStore } from './validationStore';
import { setRunValidation } from './runHistoryStore';
import { newJobId, startWorkerJob, type WorkerJob } from './workerJob';
import { labelsOfModelledRows, modelFeaturesOfRun } from './modelFeatures';
import { nextTask } from '../db/nextTask';
import type { RunRecord } from './runStore';

let active: WorkerJob | null = null;
/** Bumped by every start and cancel, so that a validation still reading its features does not start late. */
let ticket = 0;

export async function startValidation(run: RunRecord): Promise<void> {
  cancelValidation({ silent: true });
  const mine = ++ticket;
  const { n_boot } = useValidationStore.getState();
  useValidationStore.setState({ status: 'running', runId: run.id, progress: 0, phase: 'Reading features', message: '' });
  try {
    const model = await modelFeaturesOfRun(run.id);
    await nextTask();
    if (mine !== ticket) return;
    const labels = labelsOfModelledRows(run.result.labels, model);
    if (!labels) throw new Error('the data changed since this run; run the segmentation again');
    const { rows, cols } = model.matrix;
    // A copy moves to the worker: the tree and the silhouette plot of this run need the matrix too.
    const data = model.matrix.data.slice();
    active = startWorkerJob({ kind: 'validate', jobId: newJobId(), data, rows, cols, prepared: true, labels, choice: run.choice, seed: run.seed, n_boot },
      [data.buffer, labels.buffer], {
        onProgress: (progress, phase) => useValidationStore.setState({ progress, phase }),
        onResult: (result) => {
          active = null;
          useValidationStore.setState({ status: 'done', progress: 1, phase: '' });
          void setRunValidation(run.id, result);
        },
        onError: (message) => fail(message),
      });
  } catch (error) {
    if (mine === ticket) fail(error instanceof Error ? error.message : String(error));
  }
}

function fail(message: string): void {
  active = null;
  useValidationStore.setState({ status: 'error', progress: 0, phase: '', message: `Validation failed: ${message}. Run the segmentation again or lower the bootstrap resamples.` });
}

export function cancelValidation(options: { silent?: boolean } = {}): void {
  const wasRunning = useValidationStore.getState().status === 'running';
  ticket++;
  active?.cancel();
  active = null;
  if (wasRunning && !options.silent) {
    useValidationStore.setState({ status: 'cancelled', progress: 0, phase: '', message: 'Validation cancelled: the segments stay, without validation figures.' });
  } else if (wasRunning) {
    useValidationStore.setState({ status: 'idle', progress: 0, phase: '', message: '' });
  }
}
