// Validates a run in a Web Worker: internal metrics and bootstrap stability, started after every run.
// Cancel terminates the worker; the run itself stays, only without (new) validation figures.
import { useValidationStore } from './validationStore';
import { setRunValidation } from './runHistoryStore';
import { newJobId, startWorkerJob, type WorkerJob } from './workerJob';
import type { RunRecord } from './runStore';

let active: WorkerJob | null = null;

export function startValidation(run: RunRecord): void {
  cancelValidation({ silent: true });
  const { n_boot } = useValidationStore.getState();
  const jobId = newJobId();
  useValidationStore.setState({ status: 'running', runId: run.id, progress: 0, phase: 'Starting', message: '' });
  const data = run.featureMatrix.data.slice();
  const labels = run.result.labels.slice();
  const job = startWorkerJob({
    kind: 'validate', jobId, data, rows: run.featureMatrix.rows, cols: run.featureMatrix.cols,
    labels, choice: run.choice, seed: run.seed, n_boot,
  }, [data.buffer, labels.buffer], {
    onProgress: (progress, phase) => useValidationStore.setState({ progress, phase }),
    onResult: (result) => {
      active = null;
      useValidationStore.setState({ status: 'done', progress: 1, phase: '' });
      void setRunValidation(run.id, result);
    },
    onError: (message) => {
      active = null;
      useValidationStore.setState({ status: 'error', message: `Validation failed: ${message}. Run the segmentation again or lower the bootstrap resamples.` });
    },
  });
  active = job;
}

export function cancelValidation(options: { silent?: boolean } = {}): void {
  const wasRunning = active !== null;
  active?.cancel();
  active = null;
  if (wasRunning && !options.silent) {
    useValidationStore.setState({ status: 'cancelled', progress: 0, phase: '', message: 'Validation cancelled: the segments stay, without validation figures.' });
  } else if (wasRunning) {
    useValidationStore.setState({ status: 'idle', progress: 0, phase: '', message: '' });
  }
}
