// The segmentation run: its parameters, live progress, and the last result with its features.
// A run is reproducible from (data, features, params, seed); all four are kept here and persisted.
import { create } from 'zustand';
import type { Matrix } from '../analysis/matrix';
import type { SegmentJobParams, SegmentJobResult } from '../workers/segmentJob';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunRecord {
  id: number;
  params: SegmentJobParams;
  features: string[];
  result: SegmentJobResult;
  /** Raw (unscaled) feature values of every row, NaN for missing, for selections and tooltips. */
  featureMatrix: Matrix;
}

interface RunState {
  params: SegmentJobParams;
  status: RunStatus;
  progress: number;
  phase: string;
  message: string;
  run: RunRecord | null;
}

export const defaultRunParams: SegmentJobParams = { n_clusters: 6, n_init: 4, max_iter: 300, tol: 1e-4, seed: 42 };

export const useRunStore = create<RunState>(() => ({
  params: defaultRunParams,
  status: 'idle',
  progress: 0,
  phase: '',
  message: '',
  run: null,
}));

export function setRunParams(patch: Partial<SegmentJobParams>): void {
  useRunStore.setState((s) => ({ params: { ...s.params, ...patch } }));
}
