// Factor analysis of the current run's features: the analyst's rotation and factor-count rule, the job's
// status, and the result (kept with the run it belongs to; a new run clears it).
import { create } from 'zustand';
import type { FactorCountRule, FactorDetails, FactorRotation } from '../workers/projectionJob';

export type FactorStatus = 'idle' | 'running' | 'done' | 'error';

interface FactorState {
  open: boolean;
  rotation: FactorRotation;
  count: FactorCountRule;
  status: FactorStatus;
  message: string;
  result: FactorDetails | null;
  runId: number | null;
}

export const useFactorStore = create<FactorState>(() => ({
  open: false,
  rotation: 'varimax',
  count: 'kaiser',
  status: 'idle',
  message: '',
  result: null,
  runId: null,
}));
