// Worker entry point for a segmentation run: impute, scale, k-means, then PCA to 2-D.
// Thin by design: the numerics live in src/analysis; this file only moves messages and buffers.
import { fitMedianImputer, applyImputer } from '../analysis/impute';
import { fitStandardScaler, applyStandardScaler } from '../analysis/scale';
import { fitKMeans } from '../analysis/kmeans';
import { fitPCA } from '../analysis/pca';
import type { FitContext } from '../analysis/fitContext';
import type { SegmentJobMessage, SegmentJobRequest, SegmentJobResult } from './segmentJob';

const post = (message: SegmentJobMessage, transfer: Transferable[] = []): void => {
  (self as unknown as Worker).postMessage(message, transfer);
};

self.onmessage = (event: MessageEvent<SegmentJobRequest>) => {
  const job = event.data;
  if (job.type !== 'run') return;
  const started = performance.now();
  try {
    const raw = { data: job.data, rows: job.rows, cols: job.cols };
    post({ type: 'progress', jobId: job.jobId, fraction: 0, phase: 'Preparing features' });
    const imputer = fitMedianImputer(raw);
    const imputed = applyImputer(raw, imputer.statistics);
    const scaler = fitStandardScaler(imputed);
    const X = applyStandardScaler(imputed, scaler);

    const ctx = (from: number, to: number): FitContext => ({
      seed: job.params.seed,
      onProgress: (fraction, phase) =>
        post({ type: 'progress', jobId: job.jobId, fraction: from + (to - from) * fraction, phase }),
    });
    const kmeans = fitKMeans(X, {
      n_clusters: job.params.n_clusters,
      n_init: job.params.n_init,
      max_iter: job.params.max_iter,
      tol: job.params.tol,
    }, ctx(0.02, 0.9));
    post({ type: 'progress', jobId: job.jobId, fraction: 0.9, phase: 'Projecting with PCA' });
    const pca = fitPCA(X, { n_components: Math.min(2, X.cols) }, ctx(0.9, 1));
    const embedding = pca.n_components === 2 ? pca.embedding : padToTwoColumns(pca.embedding, X.rows);

    const result: SegmentJobResult = {
      labels: kmeans.labels,
      features: job.data,
      embedding,
      centers: kmeans.centers,
      inertia: kmeans.inertia,
      nIter: kmeans.n_iter,
      seed: job.params.seed,
      medians: imputer.statistics,
      means: scaler.mean,
      scales: scaler.scale,
      explainedVarianceRatio: pca.explained_variance_ratio,
      seconds: (performance.now() - started) / 1000,
    };
    post({ type: 'result', jobId: job.jobId, result }, [result.labels.buffer, result.embedding.buffer, result.features.buffer]);
  } catch (error) {
    post({ type: 'error', jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
  }
};

/** A single feature gives a 1-D projection; spread it on x and keep y at 0 so it can still be drawn. */
function padToTwoColumns(values: Float64Array, rows: number): Float64Array {
  const out = new Float64Array(rows * 2);
  for (let i = 0; i < rows; i++) out[i * 2] = values[i];
  return out;
}
