// The messages exchanged with the segmentation worker: one job in, progress and one result out.
// Job kinds: 'segment' (fit an algorithm), 'sweep' (k-selection), 'validate' (metrics and stability),
// 'kdistance' (DBSCAN's eps plot). Cancelling a job terminates its worker.
import type { AlgorithmChoice } from './algorithmChoice';
import type { FittedSegments } from './fitSegments';
import type { KSweepResult, KSweepRow } from '../analysis/sweepK';
import type { StabilityVerdict } from '../analysis/bootstrapStability';
import type { CovarianceType } from '../analysis/gaussianMixture';
import type { DensityMetric } from '../analysis/densityMetric';

/** Raw feature values, row-major, NaN for missing; transferred, not copied. */
interface FeatureBuffer {
  jobId: number;
  data: Float64Array;
  rows: number;
  cols: number;
  /** True when the recipe (src/db/recipe*.ts) already built the final matrix: the worker neither imputes nor scales. */
  prepared?: boolean;
}

export interface SegmentJobRequest extends FeatureBuffer {
  kind: 'segment';
  choice: AlgorithmChoice;
  seed: number;
}

export interface SweepJobRequest extends FeatureBuffer {
  kind: 'sweep';
  k_min: number;
  k_max: number;
  algorithm: 'kmeans' | 'gmm';
  covariance_type: CovarianceType;
  seed: number;
}

export interface ValidateJobRequest extends FeatureBuffer {
  kind: 'validate';
  labels: Int32Array;
  choice: AlgorithmChoice;
  seed: number;
  n_boot: number;
}

export interface KDistanceJobRequest extends FeatureBuffer {
  kind: 'kdistance';
  min_samples: number;
  metric: DensityMetric;
}

export type JobRequest = SegmentJobRequest | SweepJobRequest | ValidateJobRequest | KDistanceJobRequest;

export interface SegmentJobResult extends FittedSegments {
  /** The raw feature buffer of the request, handed back (moved, not copied) for the main thread's views. */
  features: Float64Array;
  /** 2-D PCA coordinates of every row, row-major (x0, y0, x1, y1, ...). */
  embedding: Float64Array;
  /** Segments other than noise (labels 0..segmentCount-1). */
  segmentCount: number;
  noiseCount: number;
  seed: number;
  medians: Float64Array;
  means: Float64Array;
  scales: Float64Array;
  explainedVarianceRatio: Float64Array;
  seconds: number;
  /** Rows the recipe left out of the model (label -1), with the reason exported beside them; set by the state layer. */
  leftOut?: { rowIds: Int32Array; reasons: string[] } | null;
}

/** The sweep without per-row labels, which the charts do not need. */
export type SweepJobResult = Omit<KSweepResult, 'rows'> & { rows: Omit<KSweepRow, 'labels'>[]; seconds: number };

export interface SegmentStabilitySummary {
  /** 0-based segment label. */
  label: number;
  size: number;
  meanJaccard: number;
  verdict: StabilityVerdict;
}

export interface ValidationJobResult {
  /** Null when the metrics do not apply (fewer than two segments); `problem` says why. */
  silhouette: number | null;
  /** Size of the seeded sample the silhouette (and Dunn) ran on, or null when exact on all rows. */
  sampled: number | null;
  calinskiHarabasz: number | null;
  daviesBouldin: number | null;
  dunn: number | null;
  stability: { segments: SegmentStabilitySummary[]; meanJaccard: number; n_boot: number; seed: number } | null;
  problem: string | null;
  seconds: number;
}

export interface KDistanceJobResult {
  /** The sorted k-distances, thinned to at most a few hundred points for the chart. */
  positions: Float64Array;
  values: Float64Array;
  rows: number;
  suggestedEps: number;
}

export interface JobResults {
  segment: SegmentJobResult;
  sweep: SweepJobResult;
  validate: ValidationJobResult;
  kdistance: KDistanceJobResult;
}

export type JobMessage =
  | { type: 'progress'; jobId: number; fraction: number; phase: string }
  | { type: 'result'; jobId: number; result: JobResults[keyof JobResults] }
  | { type: 'error'; jobId: number; message: string };
