// The k-sweep ("Choose k"): the k range, the job's progress and the last sweep's figures.
// The sweep fits k-means, or a Gaussian mixture when that is the chosen algorithm.
import { create } from 'zustand';
import type { SweepJobResult } from '../workers/segmentJob';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

interface SweepState {
  k_min: number;
  k_max: number;
  status: SweepStatus;
  progress: number;
  phase: string;
  message: string;
  result: SweepJobResult | null;
}

export const useSweepStore = create<SweepState>(() => ({
  k_min: 2, k_max: 10, status: 'idle', progress: 0, phase: '', message: '', result: null,
}));

export function setSweepRange(patch: Partial<Pick<SweepState, 'k_min' | 'k_max'>>): void {
  useSweepStore.setState(patch);
}
