// The messages exchanged with the hierarchy worker: build the tree of a run, score a cut's silhouette
// on a seeded sample, and every customer's silhouette for the silhouette plot.
import type { Linkage } from '../analysis/agglomerative';
import type { DistanceMetric } from '../analysis/distanceMetric';
import type { SilhouetteGroup } from '../analysis/silhouetteGroups';

/** Rows the live silhouette of a cut is scored on (exact below this size). */
export const CUT_SILHOUETTE_SAMPLE = 2000;

interface FeatureBuffer {
  jobId: number;
  /** The run's features, row-major; transferred. */
  data: Float64Array;
  rows: number;
  cols: number;
  /** The recipe's final matrix of modelled rows (used as is), rather than raw values to impute and z-score. */
  prepared: boolean;
}

export interface TreeJobRequest extends FeatureBuffer {
  kind: 'tree';
  linkage: Linkage;
  metric: DistanceMetric;
  /** Seed of the sample the cuts' silhouettes are scored on (drawn once per tree). */
  seed: number;
}

/** Scores a cut of the tree the worker built last, on the sample drawn with it. */
export interface CutSilhouetteRequest {
  kind: 'cutSilhouette';
  jobId: number;
  n_clusters: number;
}

export interface SilhouettePlotRequest extends FeatureBuffer {
  kind: 'silhouettePlot';
  labels: Int32Array;
  seed: number;
}

export type HierarchyRequest = TreeJobRequest | CutSilhouetteRequest | SilhouettePlotRequest;

export interface TreeJobResult {
  /** scipy linkage matrix, (n - 1) x 4 row-major. */
  linkage: Float64Array;
  n: number;
  heights: Float64Array;
  /** Leaf of every row when built on micro-clusters, else null. */
  leafOfRow: Int32Array | null;
  builtOnMicroClusters: number | null;
  method: Linkage;
  metric: DistanceMetric;
  seconds: number;
}

export interface CutSilhouetteResult {
  n_clusters: number;
  /** Null when the cut leaves fewer than two segments (or every row alone). */
  silhouette: number | null;
  /** Rows scored: the sample size, or every row. */
  rowsUsed: number;
  sampled: boolean;
}

export interface SilhouettePlotResult {
  groups: SilhouetteGroup[];
  overallMean: number;
  /** Customers scored (all of them up to the exact limit, else a seeded sample), noise excluded. */
  scored: number;
  unscored: number;
  /** Size of the seeded sample, or null when every customer was scored. */
  sampled: number | null;
  seconds: number;
}

export interface HierarchyResults {
  tree: TreeJobResult;
  cutSilhouette: CutSilhouetteResult;
  silhouettePlot: SilhouettePlotResult;
}

export type HierarchyMessage =
  | { type: 'progress'; jobId: number; fraction: number; phase: string }
  | { type: 'result'; jobId: number; result: HierarchyResults[keyof HierarchyResults] }
  | { type: 'error'; jobId: number; message: string };
