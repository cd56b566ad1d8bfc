// Worker entry point for every job kind: prepare the features, then fit, sweep, validate or draw the
// k-distance curve. Thin by design: the numerics live in src/analysis; this file moves messages and buffers.
import { fitPCA } from '../analysis/pca';
import { sweepK } from '../analysis/sweepK';
import type { FitContext } from '../analysis/fitContext';
import type { Matrix } from '../analysis/matrix';
import { prepareFeatures } from './prepareFeatures';
import { fitSegments, countLabels } from './fitSegments';
import { validateSegments } from './validateSegments';
import { kDistanceCurve } from './kDistanceCurve';
import type {
  JobMessage, JobRequest, SegmentJobRequest, SegmentJobResult, SweepJobRequest, SweepJobResult,
} from './segmentJob';

const post = (message: JobMessage, transfer: Transferable[] = []): void => {
  (self as unknown as Worker).postMessage(message, transfer);
};

self.onmessage = (event: MessageEvent<JobRequest>) => {
  const job = event.data;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const ctx = (seed: number, from: number, to: number): FitContext => ({
    seed,
    onProgress: (fraction, phase) => post({ type: 'progress', jobId: job.jobId, fraction: from + (to - from) * fraction, phase }),
  });
  try {
    post({ type: 'progress', jobId: job.jobId, fraction: 0, phase: 'Preparing features' });
    const prepared = prepareFeatures({ data: job.data, rows: job.rows, cols: job.cols }, job.prepared === true);
    switch (job.kind) {
      case 'segment': {
        const result = runSegment(job, prepared, ctx, seconds);
        post({ type: 'result', jobId: job.jobId, result }, transferables(result));
        break;
      }
      case 'sweep': {
        const result = runSweep(job, prepared.X, ctx(job.seed, 0.02, 1), seconds);
        post({ type: 'result', jobId: job.jobId, result });
        break;
      }
      case 'validate': {
        const validation = validateSegments(prepared.X, job, ctx(job.seed, 0.02, 1));
        post({ type: 'result', jobId: job.jobId, result: { ...validation, seconds: seconds() } });
        break;
      }
      case 'kdistance': {
        const result = kDistanceCurve(prepared.X, job.min_samples, job.metric, ctx(0, 0.02, 1));
        post({ type: 'result', jobId: job.jobId, result }, [result.positions.buffer, result.values.buffer]);
        break;
      }
    }
  } catch (error) {
    post({ type: 'error', jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
  }
};

function runSegment(job: SegmentJobRequest, prepared: ReturnType<typeof prepareFeatures>,
  ctx: (seed: number, from: number, to: number) => FitContext, seconds: () => number): SegmentJobResult {
  const { X } = prepared;
  const fitted = fitSegments(X, job.choice, ctx(job.seed, 0.02, 0.9));
  post({ type: 'progress', jobId: job.jobId, fraction: 0.9, phase: 'Projecting with PCA' });
  const pca = fitPCA(X, { n_components: Math.min(2, X.cols) }, ctx(job.seed, 0.9, 1));
  const embedding = pca.n_components === 2 ? pca.embedding : padToTwoColumns(pca.embedding, X.rows);
  let noiseCount = 0;
  for (let i = 0; i < fitted.labels.length; i++) if (fitted.labels[i] < 0) noiseCount++;
  return {
    ...fitted,
    features: job.data,
    embedding,
    segmentCount: countLabels(fitted.labels),
    noiseCount,
    seed: job.seed,
    medians: prepared.medians,
    means: prepared.means,
    scales: prepared.scales,
    explainedVarianceRatio: pca.explained_variance_ratio,
    seconds: seconds(),
  };
}

function runSweep(job: SweepJobRequest, X: Matrix, ctx: FitContext, seconds: () => number): SweepJobResult {
  const sweep = sweepK(X, {
    k_min: job.k_min, k_max: job.k_max, algorithm: job.algorithm, covariance_type: job.covariance_type, gap: true,
  }, ctx);
  const rows = sweep.rows.map(({ labels: _labels, ...row }) => row);
  return { ...sweep, rows, seconds: seconds() };
}

/** The large per-row buffers of a result move to the main thread instead of being copied. */
function transferables(result: SegmentJobResult): Transferable[] {
  const buffers: Transferable[] = [result.labels.buffer, result.embedding.buffer, result.features.buffer];
  for (const extra of [result.sub, result.micro, result.probability]) if (extra) buffers.push(extra.buffer);
  return buffers;
}

/** A single feature gives a 1-D projection; spread it on x and keep y at 0 so it can still be drawn. */
function padToTwoColumns(values: Float64Array, rows: number): Float64Array {
  const out = new Float64Array(rows * 2);
  for (let i = 0; i < rows; i++) out[i * 2] = values[i];
  return out;
}
