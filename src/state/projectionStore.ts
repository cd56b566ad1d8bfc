// The map's projections of the current run: which method is shown, its parameters, the live layout
// while a method converges, and the finished layouts (kept per method so switching is instant).
import { create } from 'zustand';
import { defaultProjectionParams, type ProjectionMethod, type ProjectionParams, type ProjectionResult } from '../workers/projectionJob';

export type ProjectionStatus = 'idle' | 'running' | 'error' | 'cancelled';

interface ProjectionState {
  shown: ProjectionMethod;
  params: ProjectionParams;
  status: ProjectionStatus;
  progress: number;
  phase: string;
  message: string;
  /** The layout being optimised right now (n x 2), drawn as it moves. */
  live: Float64Array | null;
  /** Finished projections of the current run, by method. */
  results: Partial<Record<ProjectionMethod, ProjectionResult>>;
  /** The run these results belong to; a new run clears them. */
  runId: number | null;
}

export const useProjectionStore = create<ProjectionState>(() => ({
  shown: 'pca',
  params: defaultProjectionParams,
  status: 'idle',
  progress: 0,
  phase: '',
  message: '',
  live: null,
  results: {},
  runId: null,
}));

export function setProjectionParams(patch: Partial<ProjectionParams>): void {
  useProjectionStore.setState((s) => ({ params: { ...s.params, ...patch } }));
}

export function showProjection(method: ProjectionMethod): void {
  useProjectionStore.setState((s) => ({ shown: method, params: { ...s.params, method } }));
}
