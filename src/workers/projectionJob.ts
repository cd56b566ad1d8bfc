// The messages exchanged with the projection worker: one job in; progress, live layouts and a result out.
// Shared by src/workers/projectionWorker.ts and src/state/projectionRunner.ts.

export type ProjectionMethod = 'pca' | 'tsne' | 'umap';

export interface ProjectionParams {
  method: ProjectionMethod;
  seed: number;
  perplexity: number;
  early_exaggeration: number;
  /** 0 means 'auto' (max(n / early_exaggeration / 4, 50)), as in scikit-learn. */
  learning_rate: number;
  n_iter: number;
  n_neighbors: number;
  min_dist: number;
  metric: 'euclidean' | 'manhattan' | 'cosine';
}

export const defaultProjectionParams: ProjectionParams = {
  method: 'pca', seed: 42, perplexity: 30, early_exaggeration: 12, learning_rate: 0, n_iter: 1000,
  n_neighbors: 15, min_dist: 0.1, metric: 'euclidean',
};

export interface ProjectionRequest {
  type: 'project';
  jobId: number;
  /** Raw feature values, row-major, NaN for missing (a copy: the run keeps its own). */
  data: Float64Array;
  rows: number;
  cols: number;
  /** Impute medians and z-score first, as the segmentation did. */
  standardise: boolean;
  params: ProjectionParams;
}

export type FactorRotation = 'none' | 'varimax' | 'oblimin';
/** How many factors: by Kaiser's criterion, by the scree's elbow, or a number the analyst gives. */
export type FactorCountRule = 'kaiser' | 'scree' | number;

/** Exploratory factor analysis of the run's features (principal-axis factoring), in the same worker. */
export interface FactorRequest {
  type: 'factor';
  jobId: number;
  /** Raw feature values, row-major, NaN for missing (medians are imputed first). */
  data: Float64Array;
  rows: number;
  cols: number;
  rotation: FactorRotation;
  count: FactorCountRule;
}

export interface FactorDetails {
  rotation: FactorRotation;
  /** The rule asked for, and the counts each rule gives (null: the scree has no elbow). */
  count: FactorCountRule;
  kaiserCount: number;
  screeCount: number | null;
  nFactors: number;
  /** Eigenvalues of the correlation matrix, descending. */
  eigenvalues: Float64Array;
  /** p x k, row-major (pattern loadings when oblique). */
  loadings: Float64Array;
  communalities: Float64Array;
  /** Sum of squared loadings per factor, its share of the total variance and the running share. */
  varianceExplained: Float64Array;
  proportionVariance: Float64Array;
  cumulativeProportion: Float64Array;
  /** k x k; the identity unless the rotation is oblique. */
  factorCorrelation: Float64Array;
  converged: boolean;
}

export interface PcaDetails {
  explainedVariance: Float64Array;
  explainedVarianceRatio: Float64Array;
  /** All components, n_components x d, row-major. */
  components: Float64Array;
}

export interface ProjectionResult {
  method: ProjectionMethod;
  params: ProjectionParams;
  /** n x 2, row-major. */
  embedding: Float64Array;
  trustworthiness: number;
  trustworthinessSampled: boolean;
  trustworthinessRows: number;
  pca: PcaDetails | null;
  seconds: number;
}

export type ProjectionMessage =
  | { type: 'progress'; jobId: number; fraction: number; phase: string }
  | { type: 'layout'; jobId: number; layout: Float64Array; iteration: number }
  | { type: 'result'; jobId: number; result: ProjectionResult }
  | { type: 'factor'; jobId: number; result: FactorDetails }
  | { type: 'error'; jobId: number; message: string };
