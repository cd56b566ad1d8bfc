// DBSCAN's k-distance curve for the recipe's features and min_samples, computed in a Web Worker
// on request; "Use suggested eps" copies its knee into the eps field.
import { create } from 'zustand';
import { useRecipeStore } from './recipeStore';
import { useRunStore } from './runStore';
import { newJobId, startWorkerJob, type WorkerJob } from './workerJob';
import { readModelFeatures } from './modelFeatures';
import type { KDistanceJobResult } from '../workers/segmentJob';

interface KDistanceState {
  status: 'idle' | 'running' | 'done' | 'error';
  message: string;
  /** The recipe, min_samples and metric the curve was computed with. */
  key: string;
  curve: KDistanceJobResult | null;
}

export const useKDistanceStore = create<KDistanceState>(() => ({ status: 'idle', message: '', key: '', curve: null }));

let active: WorkerJob | null = null;

export function kDistanceKey(): string {
  const { dbscan } = useRunStore.getState().settings;
  return `${JSON.stringify(useRecipeStore.getState().recipe)}|${dbscan.min_samples}|${dbscan.metric}`;
}

export async function computeKDistances(): Promise<void> {
  active?.cancel();
  active = null;
  const features = useRecipeStore.getState().features;
  const { dbscan } = useRunStore.getState().settings;
  if (features.length === 0) return;
  const key = kDistanceKey();
  useKDistanceStore.setState({ status: 'running', message: '', key });
  try {
    const { matrix } = await readModelFeatures();
    if (useKDistanceStore.getState().key !== key) return;
    active = startWorkerJob({
      kind: 'kdistance', jobId: newJobId(), data: matrix.data, rows: matrix.rows, cols: matrix.cols, prepared: true,
      min_samples: dbscan.min_samples, metric: dbscan.metric,
    }, [matrix.data.buffer], {
      onProgress: () => undefined,
      onResult: (curve) => {
        active = null;
        if (useKDistanceStore.getState().key === key) useKDistanceStore.setState({ status: 'done', curve });
      },
      onError: (message) => {
        active = null;
        useKDistanceStore.setState({ status: 'error', message: `The k-distance plot failed: ${message}.` });
      },
    });
  } catch (error) {
    useKDistanceStore.setState({ status: 'error', message: `The k-distance plot could not start: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export function resetKDistances(): void {
  active?.cancel();
  active = null;
  useKDistanceStore.setState({ status: 'idle', message: '', key: '', curve: null });
}
