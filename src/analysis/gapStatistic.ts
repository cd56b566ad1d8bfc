// Gap statistic (Tibshirani, Walther & Hastie, 2001): log within-segment dispersion of the data against
// its mean over B uniform reference sets in the data's bounding box, with the one-standard-error rule.
//
// Dispersion W_k is the k-means inertia on a seeded sample of rows (2,000 by default), and every
// reference set has the same number of rows, so that the comparison is like for like.

import type { Matrix } from './matrix';
import { createRandom } from './random';
import { checkStop, type FitContext } from './fitContext';
import { fitKMeans } from './kmeans';
import { sampleIndices, takeRows } from './sampleRows';

export interface GapStatisticOptions {
  k_min?: number;
  k_max?: number;
  /** Number of uniform reference sets (Tibshirani's B). */
  n_refs?: number;
  /** Rows sampled from X for the data and for each reference set; all rows when X is smaller. */
  sample_size?: number;
  n_init?: number;
  seed?: number;
}

export interface GapStatisticResult {
  /** k values evaluated: k_min - 1 (when at least 1) through k_max, so the rule can pick k_min. */
  ks: number[];
  logW: Float64Array;
  /** Mean over reference sets of log W*. */
  logWRef: Float64Array;
  gap: Float64Array;
  /** s_k = sd_k sqrt(1 + 1/B). */
  stdErr: Float64Array;
  /** Smallest k with Gap(k) >= Gap(k+1) - s_(k+1); k_max when the gap keeps growing. */
  bestK: number;
  /** Rows the dispersion was computed on, or null when all rows were used. */
  sampled: number | null;
  n_refs: number;
}

export function gapStatistic(X: Matrix, options: GapStatisticOptions, ctx: FitContext,
  onStep?: (fraction: number) => void): GapStatisticResult {
  const kMin = options.k_min ?? 2;
  const kMax = options.k_max ?? 12;
  const nRefs = options.n_refs ?? 10;
  const nInit = options.n_init ?? 1;
  const seed = options.seed ?? ctx.seed;
  const size = options.sample_size ?? 2000;
  const sample = size < X.rows ? takeRows(X, sampleIndices(X.rows, size, seed)) : X;
  const { rows: m, cols: d } = sample;
  const ks: number[] = [];
  for (let k = Math.max(1, kMin - 1); k <= Math.min(kMax, m - 1); k++) ks.push(k);
  const rng = createRandom(seed ^ 0x5bd1e995);
  const dispersion = (Y: Matrix, k: number): number => (k === 1 ? totalSumOfSquares(Y)
    : fitKMeans(Y, { n_clusters: k, n_init: nInit }, { seed: rng.int(2147483647), shouldStop: ctx.shouldStop }).inertia);

  const logW = Float64Array.from(ks, (k) => Math.log(dispersion(sample, k)));
  const lower = new Float64Array(d).fill(Infinity);
  const upper = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < d; j++) {
      const v = sample.data[i * d + j];
      if (v < lower[j]) lower[j] = v;
      if (v > upper[j]) upper[j] = v;
    }
  }
  const refLogs = ks.map(() => new Float64Array(nRefs));
  const reference: Matrix = { data: new Float64Array(m * d), rows: m, cols: d };
  for (let b = 0; b < nRefs; b++) {
    checkStop(ctx);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < d; j++) reference.data[i * d + j] = lower[j] + rng.next() * (upper[j] - lower[j]);
    }
    ks.forEach((k, t) => { refLogs[t][b] = Math.log(dispersion(reference, k)); });
    onStep?.((b + 1) / nRefs);
  }
  const logWRef = new Float64Array(ks.length);
  const gap = new Float64Array(ks.length);
  const stdErr = new Float64Array(ks.length);
  ks.forEach((_, t) => {
    const values = refLogs[t];
    const mean = values.reduce((s, v) => s + v, 0) / nRefs;
    // Tibshirani's sd_k uses 1/B (not 1/(B-1)).
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / nRefs);
    logWRef[t] = mean;
    gap[t] = mean - logW[t];
    stdErr[t] = sd * Math.sqrt(1 + 1 / nRefs);
  });
  let bestK = ks[ks.length - 1];
  for (let t = 0; t + 1 < ks.length; t++) {
    if (gap[t] >= gap[t + 1] - stdErr[t + 1]) { bestK = ks[t]; break; }
  }
  return { ks, logW, logWRef, gap, stdErr, bestK, sampled: sample === X ? null : m, n_refs: nRefs };
}

function totalSumOfSquares(Y: Matrix): number {
  const { data, rows: n, cols: d } = Y;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) s += (data[i * d + j] - mean[j]) ** 2;
  return s;
}
