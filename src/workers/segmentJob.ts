// The messages exchanged with the segmentation worker: one job in, progress and one result out.
// Shared by src/workers/segmentWorker.ts and the state layer that starts jobs.

export interface SegmentJobParams {
  n_clusters: number;
  n_init: number;
  max_iter: number;
  tol: number;
  seed: number;
}

export interface SegmentJobRequest {
  type: 'run';
  jobId: number;
  /** Raw feature values, row-major, NaN for missing; transferred, not copied. */
  data: Float64Array;
  rows: number;
  cols: number;
  params: SegmentJobParams;
}

export interface SegmentJobResult {
  labels: Int32Array;
  /** The raw feature buffer of the request, handed back (moved, not copied) for the main thread's views. */
  features: Float64Array;
  /** 2-D PCA coordinates of every row, row-major (x0, y0, x1, y1, ...). */
  embedding: Float64Array;
  /** Cluster centres in standardised feature space, k x d. */
  centers: Float64Array;
  inertia: number;
  nIter: number;
  seed: number;
  medians: Float64Array;
  means: Float64Array;
  scales: Float64Array;
  explainedVarianceRatio: Float64Array;
  seconds: number;
}

export type SegmentJobMessage =
  | { type: 'progress'; jobId: number; fraction: number; phase: string }
  | { type: 'result'; jobId: number; result: SegmentJobResult }
  | { type: 'error'; jobId: number; message: string };
