// The validation job of the current run: its status and progress, and the bootstrap size B.
// Results are kept with the run in the runs history, so that every listed run shows its metrics.
import { create } from 'zustand';

export type ValidationStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

interface ValidationState {
  status: ValidationStatus;
  /** The run being (or last) validated. */
  runId: number | null;
  progress: number;
  phase: string;
  message: string;
  /** Bootstrap resamples for the stability check (Hennig's B). */
  n_boot: number;
}

export const DEFAULT_BOOTSTRAPS = 20;

export const useValidationStore = create<ValidationState>(() => ({
  status: 'idle', runId: null, progress: 0, phase: '', message: '', n_boot: DEFAULT_BOOTSTRAPS,
}));

export function setBootstrapCount(n_boot: number): void {
  useValidationStore.setState({ n_boot });
}
