// Worker entry point for a 2-D projection of every customer (PCA, t-SNE or UMAP, then trustworthiness; live
// layouts a few times a second so the map animates while a method converges) and for factor analysis.
import { prepareFeatures } from './prepareFeatures';
import { fitPCA } from '../analysis/pca';
import { fitTSNE } from '../analysis/tsne/fitTSNE';
import { fitUMAP } from '../analysis/umap/fitUMAP';
import { trustworthiness } from '../analysis/trustworthiness';
import type { Matrix } from '../analysis/matrix';
import type { FitContext } from '../analysis/fitContext';
import { factorAnalysisOf } from './factorAnalysisJob';
import type { FactorRequest, PcaDetails, ProjectionMessage, ProjectionRequest, ProjectionResult } from './projectionJob';

const LAYOUT_INTERVAL_MS = 150;
/** Trustworthiness is exact up to this many rows, and on a seeded sample of this size above. */
const TRUST_ROWS = 5000;

const post = (message: ProjectionMessage, transfer: Transferable[] = []): void => {
  (self as unknown as Worker).postMessage(message, transfer);
};

self.onmessage = (event: MessageEvent<ProjectionRequest | FactorRequest>) => {
  const job = event.data;
  if (job.type === 'factor') {
    try {
      post({ type: 'factor', jobId: job.jobId, result: factorAnalysisOf(job) });
    } catch (error) {
      post({ type: 'error', jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (job.type !== 'project') return;
  const started = performance.now();
  try {
    const raw: Matrix = { data: job.data, rows: job.rows, cols: job.cols };
    // The same preparation as the segmentation, so the map shows the space the segments were made in.
    const X = job.standardise ? prepareFeatures(raw).X : raw;
    const ctx: FitContext = {
      seed: job.params.seed,
      onProgress: (fraction, phase) => post({ type: 'progress', jobId: job.jobId, fraction: fraction * 0.95, phase }),
    };
    let lastLayout = 0;
    const onLayout = (layout: Float64Array, iteration: number) => {
      const now = performance.now();
      if (now - lastLayout < LAYOUT_INTERVAL_MS) return;
      lastLayout = now;
      const copy = layout.slice(0, job.rows * 2);
      post({ type: 'layout', jobId: job.jobId, layout: copy, iteration }, [copy.buffer]);
    };
    const { embedding, pca } = project(X, job, ctx, onLayout);
    post({ type: 'progress', jobId: job.jobId, fraction: 0.96, phase: 'measuring trustworthiness' });
    const trust = trustworthiness(X, { data: embedding, rows: job.rows, cols: 2 }, {
      n_neighbors: Math.min(10, Math.max(1, Math.floor(job.rows / 2) - 1)), maxExactRows: TRUST_ROWS, sampleSize: TRUST_ROWS, seed: job.params.seed,
    });
    const result: ProjectionResult = {
      method: job.params.method, params: job.params, embedding, pca,
      trustworthiness: trust.trustworthiness, trustworthinessSampled: trust.sampled, trustworthinessRows: trust.rowsUsed,
      seconds: (performance.now() - started) / 1000,
    };
    post({ type: 'result', jobId: job.jobId, result }, [embedding.buffer]);
  } catch (error) {
    post({ type: 'error', jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
  }
};

function project(X: Matrix, job: ProjectionRequest, ctx: FitContext, onLayout: (layout: Float64Array, iteration: number) => void):
  { embedding: Float64Array; pca: PcaDetails | null } {
  const p = job.params;
  if (p.method === 'tsne') {
    const fit = fitTSNE(X, {
      perplexity: p.perplexity, early_exaggeration: p.early_exaggeration, n_iter: p.n_iter,
      learning_rate: p.learning_rate > 0 ? p.learning_rate : 'auto', init: 'pca', onLayout,
    }, ctx);
    return { embedding: fit.embedding.data, pca: null };
  }
  if (p.method === 'umap') {
    const fit = fitUMAP(X, { n_neighbors: p.n_neighbors, min_dist: p.min_dist, metric: p.metric, onLayout }, ctx);
    return { embedding: fit.embedding.data, pca: null };
  }
  const fit = fitPCA(X, {}, ctx);
  const embedding = new Float64Array(X.rows * 2);
  const k = fit.n_components;
  for (let i = 0; i < X.rows; i++) {
    embedding[2 * i] = fit.embedding[i * k];
    embedding[2 * i + 1] = k > 1 ? fit.embedding[i * k + 1] : 0;
  }
  return {
    embedding,
    pca: { explainedVariance: fit.explained_variance, explainedVarianceRatio: fit.explained_variance_ratio, components: fit.components },
  };
}
