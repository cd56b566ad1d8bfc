// Mini-batch k-means for very large tables, following scikit-learn's MiniBatchKMeans: inits scored on
// a validation sample, per-centre learning rates, random reassignment of starved centres, EWA stopping.
import type { Matrix } from './matrix';
import { createRandom, type Random } from './random';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { initialCenters, type KMeansInit } from './kmeansInit';
import { absoluteTolerance, assignExhaustive, inertiaOf } from './kmeansSteps';
import { validateKMeansInput, type KMeansResult } from './kmeans';

export interface MiniBatchKMeansParams {
  n_clusters: number;
  batch_size?: number;
  /** Passes over the data (epochs), as in scikit-learn. */
  max_iter?: number;
  n_init?: number;
  /** Relative tolerance on the squared centre change; 0 (default) disables it. */
  tol?: number;
  max_no_improvement?: number;
  init?: KMeansInit;
  /** Rows used to initialise; default 3 x batch_size (at least 3 x n_clusters). */
  init_size?: number;
  reassignment_ratio?: number;
}

export interface MiniBatchKMeansResult extends KMeansResult {
  /** Mini-batch steps taken (n_iter counts passes over the data). */
  n_steps: number;
}

/** Rows drawn uniformly with replacement, gathered into `out` (reused between steps). */
function sampleRows(X: Matrix, count: number, rng: Random, out: Float64Array): Matrix {
  const d = X.cols;
  for (let r = 0; r < count; r++) {
    const row = rng.int(X.rows);
    out.set(X.data.subarray(row * d, row * d + d), r * d);
  }
  return { data: out, rows: count, cols: d };
}

export function fitMiniBatchKMeans(X: Matrix, params: MiniBatchKMeansParams, ctx: FitContext): MiniBatchKMeansResult {
  const k = params.n_clusters;
  validateKMeansInput(X, k);
  const { rows: n, cols: d } = X;
  const batch = Math.min(n, Math.max(1, Math.floor(params.batch_size ?? 1024)));
  const init = params.init ?? 'k-means++';
  const nInit = init instanceof Float64Array ? 1 : Math.max(1, Math.floor(params.n_init ?? 3));
  const maxIter = Math.max(1, Math.floor(params.max_iter ?? 100));
  const tolAbs = absoluteTolerance(X, params.tol ?? 0);
  const maxNoImprovement = params.max_no_improvement ?? 10;
  const reassignmentRatio = params.reassignment_ratio ?? 0.01;
  let initSize = Math.floor(params.init_size ?? 3 * batch);
  if (initSize < k) initSize = 3 * k;
  initSize = Math.min(initSize, n);
  const rng = createRandom(ctx.seed);
  const progress = throttledProgress(ctx);

  // Candidate initialisations are compared on one shared validation sample.
  const validation = sampleRows(X, initSize, rng, new Float64Array(initSize * d));
  const validationLabels = new Int32Array(initSize);
  let centers: Float64Array = new Float64Array(0);
  let bestInertia = Infinity;
  for (let run = 0; run < nInit; run++) {
    checkStop(ctx);
    progress(0.1 * run / nInit, 'initialising');
    const sample = sampleRows(X, initSize, rng, new Float64Array(initSize * d));
    const candidate = initialCenters(sample, k, init, rng, ctx);
    assignExhaustive(validation, candidate, k, validationLabels, null, null);
    const inertia = inertiaOf(validation, candidate, validationLabels);
    if (inertia < bestInertia) { bestInertia = inertia; centers = candidate; }
  }

  let next: Float64Array = new Float64Array(k * d);
  const weightSums = new Float64Array(k);
  const batchSums = new Float64Array(k * d);
  const batchCounts = new Float64Array(k);
  const batchRows = new Float64Array(batch * d);
  const batchLabels = new Int32Array(batch);
  const nSteps = Math.max(1, Math.floor((maxIter * n) / batch));
  const stopping = { ewa: NaN, ewaMin: Infinity, noImprovement: 0 };
  const alpha = Math.min(1, (batch * 2) / (n + 1));
  let sinceReassign = 0;
  let step = 0;
  for (; step < nSteps; step++) {
    checkStop(ctx);
    progress(0.1 + 0.85 * step / nSteps, 'mini-batches');
    const rows = sampleRows(X, batch, rng, batchRows);
    assignExhaustive(rows, centers, k, batchLabels, null, null);
    const batchInertia = inertiaOf(rows, centers, batchLabels) / batch;

    // Per-centre learning rate 1 / count: the new centre is the running mean of every row it has seen.
    batchSums.fill(0);
    batchCounts.fill(0);
    for (let r = 0; r < batch; r++) {
      const c = batchLabels[r];
      batchCounts[c]++;
      for (let j = 0; j < d; j++) batchSums[c * d + j] += batchRows[r * d + j];
    }
    for (let c = 0; c < k; c++) {
      const count = batchCounts[c];
      if (count === 0) {
        for (let j = 0; j < d; j++) next[c * d + j] = centers[c * d + j];
        continue;
      }
      const total = weightSums[c] + count;
      for (let j = 0; j < d; j++) next[c * d + j] = (centers[c * d + j] * weightSums[c] + batchSums[c * d + j]) / total;
      weightSums[c] = total;
    }

    sinceReassign += batch;
    if (reassignmentRatio > 0 && (weightSums.includes(0) || sinceReassign >= 10 * k)) {
      sinceReassign = 0;
      reassignStarvedCenters(rows, next, weightSums, reassignmentRatio, rng);
    }

    let squaredChange = 0;
    if (tolAbs > 0) for (let i = 0; i < k * d; i++) squaredChange += (next[i] - centers[i]) ** 2;
    [centers, next] = [next, centers];
    if (hasConverged(step, batchInertia, squaredChange, tolAbs, alpha, maxNoImprovement, stopping)) break;
  }

  const labels = new Int32Array(n).fill(-1);
  assignExhaustive(X, centers, k, labels, null, null);
  progress(1, 'done');
  const stepsTaken = Math.min(step + 1, nSteps);
  return {
    labels, centers, inertia: inertiaOf(X, centers, labels), n_iter: Math.ceil((stepsTaken * batch) / n),
    n_steps: stepsTaken, seed: ctx.seed, n_clusters: k,
  };
}

/**
 * Centres that have seen fewer than ratio x the busiest centre's rows jump to random rows of the
 * batch (at most half the batch), taking the smallest remaining count, as scikit-learn does.
 */
function reassignStarvedCenters(batch: Matrix, centers: Float64Array, weightSums: Float64Array, ratio: number, rng: Random): void {
  const k = weightSums.length, d = batch.cols;
  let most = 0;
  for (let c = 0; c < k; c++) if (weightSums[c] > most) most = weightSums[c];
  let starved: number[] = [];
  for (let c = 0; c < k; c++) if (weightSums[c] < ratio * most) starved.push(c);
  if (starved.length === 0) return;
  const limit = Math.floor(0.5 * batch.rows);
  if (starved.length > limit) starved = starved.sort((a, b) => weightSums[a] - weightSums[b] || a - b).slice(0, limit);
  const isStarved = new Uint8Array(k);
  for (const c of starved) isStarved[c] = 1;
  let smallestKept = Infinity;
  for (let c = 0; c < k; c++) if (!isStarved[c] && weightSums[c] < smallestKept) smallestKept = weightSums[c];
  // Distinct batch rows: partial Fisher-Yates over batch positions.
  const positions = Int32Array.from({ length: batch.rows }, (_, i) => i);
  starved.forEach((c, r) => {
    const pick = r + rng.int(batch.rows - r);
    [positions[r], positions[pick]] = [positions[pick], positions[r]];
    const row = positions[r];
    centers.set(batch.data.subarray(row * d, row * d + d), c * d);
    weightSums[c] = Number.isFinite(smallestKept) ? smallestKept : 0;
  });
}

/** scikit-learn's _mini_batch_convergence: tolerance on the centre change, or no EWA-inertia gain for a while. */
function hasConverged(step: number, batchInertia: number, squaredChange: number, tolAbs: number, alpha: number,
  maxNoImprovement: number, state: { ewa: number; ewaMin: number; noImprovement: number }): boolean {
  if (step === 0) return false;
  state.ewa = Number.isNaN(state.ewa) ? batchInertia : state.ewa * (1 - alpha) + batchInertia * alpha;
  if (tolAbs > 0 && squaredChange <= tolAbs) return true;
  if (state.ewa < state.ewaMin) {
    state.noImprovement = 0;
    state.ewaMin = state.ewa;
  } else {
    state.noImprovement++;
  }
  return state.noImprovement >= maxNoImprovement;
}
