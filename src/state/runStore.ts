// The segmentation run: the algorithm settings, live progress, and the current result with its features.
// A run is reproducible from (data, features, algorithm, parameters, seed); all are kept here and persisted.
import { create } from 'zustand';
import type { Matrix } from '../analysis/matrix';
import type { SegmentJobResult } from '../workers/segmentJob';
import { defaultAlgorithmSettings, type AlgorithmChoice, type AlgorithmName, type AlgorithmSettings } from '../workers/algorithmChoice';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunRecord {
  id: number;
  choice: AlgorithmChoice;
  seed: number;
  features: string[];
  /** When the run finished (ms since 1970), for the runs list. */
  createdAt: number;
  result: SegmentJobResult;
  /** Raw (unscaled) feature values of every row, NaN for missing, for selections and tooltips. */
  featureMatrix: Matrix;
}

interface RunState {
  settings: AlgorithmSettings;
  status: RunStatus;
  progress: number;
  phase: string;
  message: string;
  run: RunRecord | null;
  /** The id of the last run stored in IndexedDB: a reload brings it back (the store is written after the run shows). */
  savedRunId: number | null;
}

export const defaultRunSettings = defaultAlgorithmSettings;

export const useRunStore = create<RunState>(() => ({
  settings: defaultRunSettings,
  status: 'idle',
  progress: 0,
  phase: '',
  message: '',
  run: null,
  savedRunId: null,
}));

type ParamsOf = Omit<AlgorithmSettings, 'algorithm' | 'seed'>;

export function setAlgorithm(algorithm: AlgorithmName): void {
  useRunStore.setState((s) => ({ settings: { ...s.settings, algorithm } }));
}

export function setAlgorithmParams<A extends keyof ParamsOf>(algorithm: A, patch: Partial<ParamsOf[A]>): void {
  useRunStore.setState((s) => ({ settings: { ...s.settings, [algorithm]: { ...s.settings[algorithm], ...patch } } }));
}

export function setSeed(seed: number): void {
  useRunStore.setState((s) => ({ settings: { ...s.settings, seed } }));
}

/** Settings read back from storage, completed with today's defaults for anything missing or from an older version. */
export function completeSettings(stored: Partial<AlgorithmSettings> | undefined): AlgorithmSettings {
  if (!stored || typeof stored.algorithm !== 'string') return defaultRunSettings;
  const d = defaultRunSettings;
  return {
    algorithm: stored.algorithm,
    kmeans: { ...d.kmeans, ...stored.kmeans },
    gmm: { ...d.gmm, ...stored.gmm },
    dbscan: { ...d.dbscan, ...stored.dbscan },
    hdbscan: { ...d.hdbscan, ...stored.hdbscan },
    agglomerative: { ...d.agglomerative, ...stored.agglomerative },
    seed: typeof stored.seed === 'number' ? stored.seed : d.seed,
  };
}

/** The settings with one algorithm's parameters and the seed as a run had them; the other algorithms' stay as typed. */
export function settingsWithChoice(settings: AlgorithmSettings, choice: AlgorithmChoice, seed: number): AlgorithmSettings {
  const next = { ...settings, algorithm: choice.algorithm, seed };
  switch (choice.algorithm) {
    case 'kmeans': return { ...next, kmeans: choice.params };
    case 'gmm': return { ...next, gmm: choice.params };
    case 'dbscan': return { ...next, dbscan: choice.params };
    case 'hdbscan': return { ...next, hdbscan: choice.params };
    case 'agglomerative': return { ...next, agglomerative: choice.params };
  }
}
