// The k-sweep behind the k-selection charts: fits k-means (or a Gaussian mixture) for each k on all rows
// and reports inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, BIC/AIC, the gap statistic,
// the elbow (Kneedle) and a recommended k with its reason in plain words.
//
// Silhouette runs on a seeded sample of rows (4,000 by default) and the gap statistic on its own seeded
// sample (2,000) because both cost more than the fits; the result says so in `notes`.

import type { Matrix } from './matrix';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { createRandom } from './random';
import { fitKMeans } from './kmeans';
import { fitGaussianMixture, type CovarianceType } from './gaussianMixture';
import { silhouetteSamples } from './silhouette';
import { calinskiHarabasz } from './calinskiHarabasz';
import { daviesBouldin } from './daviesBouldin';
import { indexLabels, segmentCentroids } from './segmentLabels';
import { sampleIndices, takeLabels, takeRows } from './sampleRows';
import { gapStatistic, type GapStatisticResult } from './gapStatistic';
import { kneedleIndex } from './kneedle';
import { recommendK, type KVote } from './kSweepRecommendation';

export interface SweepKParams {
  k_min?: number;
  k_max?: number;
  algorithm?: 'kmeans' | 'gmm';
  /** Runs per k (k-means restarts or mixture initialisations). Default 1, as sklearn's n_init='auto'. */
  n_init?: number;
  /** Mixture covariance_type when algorithm = 'gmm'. */
  covariance_type?: CovarianceType;
  /** Rows sampled for the silhouette; all rows when there are fewer. Default 4,000. */
  silhouette_sample?: number;
  /** Set false to skip the gap statistic (its reference fits are the costliest extra). */
  gap?: boolean;
  gap_sample?: number;
  /** Uniform reference sets for the gap statistic (B). Default 10. */
  n_refs?: number;
}

export interface KSweepRow {
  k: number;
  /** Within-segment sum of squared distances to the centroids (k-means inertia). */
  inertia: number;
  silhouette: number;
  calinskiHarabasz: number;
  daviesBouldin: number;
  bic: number | null;
  aic: number | null;
  gap: number | null;
  gapStdErr: number | null;
  labels: Int32Array;
}

export interface KSweepResult {
  algorithm: 'kmeans' | 'gmm';
  rows: KSweepRow[];
  /** Knee of the inertia curve (Kneedle), or null when it has none. */
  elbowK: number | null;
  /** k chosen by the gap statistic's one-standard-error rule (may be k_min - 1), or null when skipped. */
  gapK: number | null;
  gapStatistic: GapStatisticResult | null;
  recommendedK: number;
  reason: string;
  votes: KVote[];
  /** Rows the silhouette was computed on, or null when on all rows. */
  silhouetteSampled: number | null;
  /** What was computed on samples, in plain words. */
  notes: string[];
  seed: number;
}

const FIT_SHARE = 0.75;

export function sweepK(X: Matrix, params: SweepKParams, ctx: FitContext): KSweepResult {
  const kMin = Math.max(2, params.k_min ?? 2);
  const kMax = Math.min(params.k_max ?? 12, X.rows - 1);
  if (kMax < kMin) throw new Error(`The sweep needs k_min <= k_max and fewer than ${X.rows} segments`);
  const algorithm = params.algorithm ?? 'kmeans';
  const nInit = params.n_init ?? 1;
  const progress = throttledProgress(ctx);
  const seeds = createRandom(ctx.seed);
  const silhouetteSize = params.silhouette_sample ?? 4000;
  const silhouetteRows = silhouetteSize < X.rows ? sampleIndices(X.rows, silhouetteSize, seeds.int(2147483647)) : null;
  const silhouetteX = silhouetteRows ? takeRows(X, silhouetteRows) : X;

  const rows: KSweepRow[] = [];
  const count = kMax - kMin + 1;
  for (let k = kMin; k <= kMax; k++) {
    checkStop(ctx);
    const fitSeed = seeds.int(2147483647);
    const fitCtx: FitContext = { seed: fitSeed, shouldStop: ctx.shouldStop };
    let labels: Int32Array;
    let inertia: number;
    let bic: number | null = null;
    let aic: number | null = null;
    if (algorithm === 'kmeans') {
      const model = fitKMeans(X, { n_clusters: k, n_init: nInit }, fitCtx);
      labels = model.labels;
      inertia = model.inertia;
    } else {
      const model = fitGaussianMixture(X, { n_components: k, n_init: nInit, covariance_type: params.covariance_type }, fitCtx);
      labels = model.labels;
      inertia = withinSumOfSquares(X, labels);
      bic = model.bic;
      aic = model.aic;
    }
    const segments = indexLabels(labels).k;
    const sampleLabels = silhouetteRows ? takeLabels(labels, silhouetteRows) : labels;
    rows.push({
      k, inertia, bic, aic, gap: null, gapStdErr: null, labels,
      silhouette: meanSilhouette(silhouetteX, sampleLabels, fitCtx),
      calinskiHarabasz: segments >= 2 ? calinskiHarabasz(X, labels) : Number.NaN,
      daviesBouldin: segments >= 2 ? daviesBouldin(X, labels) : Number.NaN,
    });
    progress((FIT_SHARE * (k - kMin + 1)) / count, `k = ${k}`);
  }

  const notes: string[] = [];
  notes.push(`${algorithm === 'kmeans' ? 'k-means' : 'Gaussian mixtures'} fitted on all ${X.rows} rows for k = ${kMin}..${kMax}.`);
  if (silhouetteRows) notes.push(`Silhouette computed on a seeded sample of ${silhouetteRows.length} rows.`);
  let gap: GapStatisticResult | null = null;
  if (params.gap ?? true) {
    gap = gapStatistic(X, {
      k_min: kMin, k_max: kMax, n_refs: params.n_refs, sample_size: params.gap_sample, n_init: nInit, seed: seeds.int(2147483647),
    }, ctx, (f) => progress(FIT_SHARE + (1 - FIT_SHARE) * f, 'gap statistic'));
    const gapResult = gap;
    for (const row of rows) {
      const t = gapResult.ks.indexOf(row.k);
      if (t >= 0) { row.gap = gapResult.gap[t]; row.gapStdErr = gapResult.stdErr[t]; }
    }
    notes.push(`Gap statistic from k-means on ${gap.sampled === null ? 'all' : `a seeded sample of ${gap.sampled}`} rows against ${gap.n_refs} uniform reference sets in the bounding box.`);
  }

  const knee = kneedleIndex(rows.map((r) => r.k), rows.map((r) => r.inertia));
  const elbowK = knee === null ? null : rows[knee].k;
  const recommendation = recommendK(rows, elbowK, gap?.bestK ?? null);
  progress(1, 'done');
  return {
    algorithm, rows, elbowK, gapK: gap?.bestK ?? null, gapStatistic: gap,
    recommendedK: recommendation.k, reason: recommendation.reason, votes: recommendation.votes,
    silhouetteSampled: silhouetteRows ? silhouetteRows.length : null, notes, seed: ctx.seed,
  };
}

function meanSilhouette(X: Matrix, labels: Int32Array, ctx: FitContext): number {
  const idx = indexLabels(labels);
  if (idx.k < 2 || idx.k > idx.kept - 1) return Number.NaN;
  const samples = silhouetteSamples(X, labels, ctx);
  let sum = 0, count = 0;
  for (const v of samples) if (!Number.isNaN(v)) { sum += v; count++; }
  return sum / count;
}

function withinSumOfSquares(X: Matrix, labels: Int32Array): number {
  const idx = indexLabels(labels);
  const centroids = segmentCentroids(X.data, X.cols, idx);
  let s = 0;
  for (let i = 0; i < X.rows; i++) {
    const c = idx.index[i];
    if (c < 0) continue;
    for (let j = 0; j < X.cols; j++) s += (X.data[i * X.cols + j] - centroids[c * X.cols + j]) ** 2;
  }
  return s;
}
