// The loaded dataset: its file, shape, column profiles, and the load status shown to the user.
// Filled by loadDataset(); read by the data and prepare views.
import { create } from 'zustand';
import type { DatasetInfo, LoadProgress } from '../db/ingestCsv';
import type { ColumnProfile } from '../db/profileDataset';

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface LoadProblem {
  message: string;
  hint?: string;
}

interface DatasetState {
  status: LoadStatus;
  /** What is being done right now, in words ("Reading customers.csv"). */
  activity: string;
  info: DatasetInfo | null;
  profiles: ColumnProfile[];
  problem: LoadProblem | null;
  /** Bumped on every successful load so that queries keyed on it refetch. */
  version: number;
  /** While a delimited file loads: the phase in words and the fraction done, for the progress bar. */
  progress: LoadProgress | null;
}

export const useDatasetStore = create<DatasetState>(() => ({
  status: 'empty',
  activity: '',
  info: null,
  profiles: [],
  problem: null,
  version: 0,
  progress: null,
}));
