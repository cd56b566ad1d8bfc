// The clustering algorithms the app offers and their parameters under scikit-learn's names.
// One discriminated union travels from the form to the worker and into the stored run.
import type { CovarianceType } from '../analysis/gaussianMixture';
import type { DensityMetric } from '../analysis/densityMetric';
import type { Linkage } from '../analysis/agglomerative';

export type AlgorithmName = 'kmeans' | 'gmm' | 'dbscan' | 'hdbscan' | 'agglomerative';

export interface KMeansSettings {
  n_clusters: number;
  n_init: number;
  max_iter: number;
  tol: number;
  /** Lloyd and Hamerly give the same labels (Hamerly skips distances); mini-batch trades accuracy for speed. */
  algorithm: 'lloyd' | 'hamerly' | 'minibatch';
  batch_size: number;
}

export interface GmmSettings {
  n_components: number;
  covariance_type: CovarianceType;
  reg_covar: number;
  max_iter: number;
  n_init: number;
  uncertainty_threshold: number;
}

export interface DbscanSettings {
  eps: number;
  min_samples: number;
  metric: DensityMetric;
}

export interface HdbscanSettings {
  min_cluster_size: number;
  min_samples: number;
}

export type TreeCut = 'count' | 'height' | 'gap';

export interface AgglomerativeSettings {
  linkage: Linkage;
  metric: DensityMetric;
  cut: TreeCut;
  n_clusters: number;
  height: number;
  /** Also cut sub-segments and micro-segments from the same tree. */
  three_levels: boolean;
  sub_segments: number;
  micro_segments: number;
}

export type AlgorithmChoice =
  | { algorithm: 'kmeans'; params: KMeansSettings }
  | { algorithm: 'gmm'; params: GmmSettings }
  | { algorithm: 'dbscan'; params: DbscanSettings }
  | { algorithm: 'hdbscan'; params: HdbscanSettings }
  | { algorithm: 'agglomerative'; params: AgglomerativeSettings };

/** Every algorithm's parameters at once, so that switching algorithm keeps what the user typed. */
export interface AlgorithmSettings {
  algorithm: AlgorithmName;
  kmeans: KMeansSettings;
  gmm: GmmSettings;
  dbscan: DbscanSettings;
  hdbscan: HdbscanSettings;
  agglomerative: AgglomerativeSettings;
  seed: number;
}

export const defaultAlgorithmSettings: AlgorithmSettings = {
  algorithm: 'kmeans',
  kmeans: { n_clusters: 6, n_init: 4, max_iter: 300, tol: 1e-4, algorithm: 'lloyd', batch_size: 1024 },
  gmm: { n_components: 6, covariance_type: 'full', reg_covar: 1e-6, max_iter: 100, n_init: 1, uncertainty_threshold: 0.6 },
  dbscan: { eps: 0.5, min_samples: 5, metric: 'euclidean' },
  hdbscan: { min_cluster_size: 5, min_samples: 5 },
  agglomerative: {
    linkage: 'ward', metric: 'euclidean', cut: 'count', n_clusters: 6, height: 10,
    three_levels: true, sub_segments: 12, micro_segments: 24,
  },
  seed: 42,
};

export function choiceOf(settings: AlgorithmSettings): AlgorithmChoice {
  switch (settings.algorithm) {
    case 'kmeans': return { algorithm: 'kmeans', params: settings.kmeans };
    case 'gmm': return { algorithm: 'gmm', params: settings.gmm };
    case 'dbscan': return { algorithm: 'dbscan', params: settings.dbscan };
    case 'hdbscan': return { algorithm: 'hdbscan', params: settings.hdbscan };
    case 'agglomerative': return { algorithm: 'agglomerative', params: settings.agglomerative };
  }
}

export const algorithmTitles: Record<AlgorithmName, string> = {
  kmeans: 'k-means',
  gmm: 'Gaussian mixture',
  dbscan: 'DBSCAN',
  hdbscan: 'HDBSCAN',
  agglomerative: 'Agglomerative (hierarchical)',
};

/** The parameters in one line, as scikit-learn would print them ("n_clusters=6, n_init=4"). */
export function describeChoice(choice: AlgorithmChoice): string {
  return Object.entries(choice.params).map(([name, value]) => `${name}=${String(value)}`).join(', ');
}
