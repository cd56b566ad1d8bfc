// Runs the k-sweep in a Web Worker on the recipe's features; cancellable, with progress.
// A cancelled sweep leaves the previous figures and everything else as they were.
import { useRecipeStore } from './recipeStore';
import { useRunStore } from './runStore';
import { useSweepStore } from './sweepStore';
import { newJobId, startWorkerJob, type WorkerJob } from './workerJob';
import { readModelFeatures } from './modelFeatures';

let active: WorkerJob | null = null;
let pending = 0;

export async function runSweep(): Promise<void> {
  cancelSweep({ silent: true });
  const { k_min, k_max } = useSweepStore.getState();
  const features = useRecipeStore.getState().features;
  const { settings } = useRunStore.getState();
  if (features.length === 0) {
    useSweepStore.setState({ status: 'error', message: 'Choose at least one feature column in Prepare before sweeping k.' });
    return;
  }
  if (!(k_min >= 2 && k_max > k_min)) {
    useSweepStore.setState({ status: 'error', message: `The k range ${k_min} to ${k_max} is empty: the smallest k must be at least 2 and below the largest.` });
    return;
  }
  const ticket = ++pending;
  useSweepStore.setState({ status: 'running', progress: 0, phase: 'Reading features', message: '' });
  try {
    const { matrix } = await readModelFeatures();
    if (ticket !== pending || useSweepStore.getState().status !== 'running') return;
    const mixture = settings.algorithm === 'gmm';
    active = startWorkerJob({
      kind: 'sweep', jobId: newJobId(), data: matrix.data, rows: matrix.rows, cols: matrix.cols, prepared: true,
      k_min, k_max, algorithm: mixture ? 'gmm' : 'kmeans', covariance_type: settings.gmm.covariance_type, seed: settings.seed,
    }, [matrix.data.buffer], {
      onProgress: (progress, phase) => useSweepStore.setState({ progress, phase }),
      onResult: (result) => {
        active = null;
        useSweepStore.setState({ status: 'done', progress: 1, phase: '', result });
      },
      onError: (message) => {
        active = null;
        useSweepStore.setState({ status: 'error', message: `The sweep failed: ${message}. Try a smaller k range.` });
      },
    });
  } catch (error) {
    useSweepStore.setState({ status: 'error', message: `The sweep could not start: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export function cancelSweep(options: { silent?: boolean } = {}): void {
  const wasRunning = useSweepStore.getState().status === 'running';
  pending++;
  active?.cancel();
  active = null;
  if (wasRunning) {
    useSweepStore.setState(options.silent
      ? { status: 'idle', progress: 0, phase: '' }
      : { status: 'cancelled', progress: 0, phase: '', message: 'Sweep cancelled. Nothing was changed.' });
  }
}
