// One fused EM iteration for full covariances: a single pass over the rows computes each row's
// posterior and accumulates the sufficient statistics (sum r, sum r x, sum r x x^T) of the next M-step.
//
// Both halves reuse the row's packed outer product x x^T, so the inner loops are contiguous dot products
// and axpys instead of triangular solves; rows must be centred (the caller centres X once) so that the
// expanded quadratic forms lose no precision.

import type { Matrix } from './matrix';
import { logDetCholesky, type MixtureParameters } from './gaussianMixtureParameters';

const LOG_2PI = Math.log(2 * Math.PI);
/** Guards against empty components exactly as scikit-learn does (10 machine epsilons). */
const EMPTY_COMPONENT_GUARD = 10 * 2.220446049250313e-16;
const NEGLIGIBLE_RESPONSIBILITY = 2.220446049250313e-16;

export interface FullStepStatistics {
  nk: Float64Array;
  sumX: Float64Array;
  /** Packed upper triangle of sum r x x^T per component, row by row (a <= b). */
  sumXX: Float64Array;
}

export function createFullStepStatistics(k: number, d: number): FullStepStatistics {
  return { nk: new Float64Array(k), sumX: new Float64Array(k * d), sumXX: new Float64Array((k * d * (d + 1)) / 2) };
}

/**
 * E-step under `params` fused with the accumulation of the next M-step's statistics.
 * Returns the mean log-likelihood per row (the EM lower bound of `params`).
 */
export function fusedFullStep(X: Matrix, params: MixtureParameters, k: number, stats: FullStepStatistics): number {
  const { data, rows: n, cols: d } = X;
  const tri = (d * (d + 1)) / 2;
  const { weightedPrecision, precisionMean, constant } = quadraticForms(params, k, d);
  const { nk, sumX, sumXX } = stats;
  nk.fill(0); sumX.fill(0); sumXX.fill(0);
  // Rows go two at a time: each precision coefficient and each accumulator is loaded once per pair.
  const xxA = new Float64Array(tri);
  const xxB = new Float64Array(tri);
  const respA = new Float64Array(k);
  const respB = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i += 2) {
    const aOff = i * d;
    const hasB = i + 1 < n;
    // A lone last row is paired with itself and given zero weight below.
    const bOff = hasB ? aOff + d : aOff;
    let p = 0;
    for (let a = 0; a < d; a++) {
      const xa = data[aOff + a];
      const xb = data[bOff + a];
      for (let b = a; b < d; b++) {
        xxA[p] = xa * data[aOff + b];
        xxB[p] = xb * data[bOff + b];
        p++;
      }
    }
    let maxA = -Infinity, maxB = -Infinity;
    for (let c = 0; c < k; c++) {
      // (x - mu)^T P (x - mu) = x^T P x - 2 (P mu)^T x + mu^T P mu, the last term folded into constant.
      const wOff = c * tri;
      let qA0 = 0, qA1 = 0, qB0 = 0, qB1 = 0;
      let t = 0;
      for (; t + 1 < tri; t += 2) {
        const w0 = weightedPrecision[wOff + t], w1 = weightedPrecision[wOff + t + 1];
        qA0 += w0 * xxA[t]; qA1 += w1 * xxA[t + 1];
        qB0 += w0 * xxB[t]; qB1 += w1 * xxB[t + 1];
      }
      if (t < tri) {
        const w0 = weightedPrecision[wOff + t];
        qA0 += w0 * xxA[t]; qB0 += w0 * xxB[t];
      }
      const mOff = c * d;
      let linA = 0, linB = 0;
      for (let a = 0; a < d; a++) {
        const m = precisionMean[mOff + a];
        linA += m * data[aOff + a];
        linB += m * data[bOff + a];
      }
      const vA = constant[c] - 0.5 * (qA0 + qA1) + linA;
      const vB = constant[c] - 0.5 * (qB0 + qB1) + linB;
      respA[c] = vA;
      respB[c] = vB;
      if (vA > maxA) maxA = vA;
      if (vB > maxB) maxB = vB;
    }
    total += normaliseInPlace(respA, k, maxA);
    if (hasB) total += normaliseInPlace(respB, k, maxB);
    else respB.fill(0);
    for (let c = 0; c < k; c++) {
      // A share below machine epsilon of its row changes no statistic beyond rounding: skip it.
      let rA = respA[c], rB = respB[c];
      if (rA < NEGLIGIBLE_RESPONSIBILITY) rA = 0;
      if (rB < NEGLIGIBLE_RESPONSIBILITY) rB = 0;
      if (rA === 0 && rB === 0) continue;
      nk[c] += rA + rB;
      const mOff = c * d;
      for (let a = 0; a < d; a++) sumX[mOff + a] += rA * data[aOff + a] + rB * data[bOff + a];
      const sOff = c * tri;
      for (let t = 0; t < tri; t++) sumXX[sOff + t] += rA * xxA[t] + rB * xxB[t];
    }
  }
  return total / n;
}

/** Turns log-densities into posteriors in place (log-sum-exp) and returns the row's log-likelihood. */
function normaliseInPlace(logp: Float64Array, k: number, max: number): number {
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(logp[c] - max);
    logp[c] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let c = 0; c < k; c++) logp[c] *= inv;
  return max + Math.log(sum);
}

/** Weights, means and full covariances from the statistics (covariances still need their Cholesky). */
export function parametersFromStatistics(stats: FullStepStatistics, k: number, d: number, regCovar: number):
  { weights: Float64Array; means: Float64Array; covariances: Float64Array } {
  const tri = (d * (d + 1)) / 2;
  const weights = new Float64Array(k);
  const means = new Float64Array(k * d);
  const covariances = new Float64Array(k * d * d);
  let total = 0;
  for (let c = 0; c < k; c++) {
    const nk = stats.nk[c] + EMPTY_COMPONENT_GUARD;
    weights[c] = nk;
    total += nk;
    for (let a = 0; a < d; a++) means[c * d + a] = stats.sumX[c * d + a] / nk;
    let p = c * tri;
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        const v = stats.sumXX[p++] / nk - means[c * d + a] * means[c * d + b];
        covariances[c * d * d + a * d + b] = v;
        covariances[c * d * d + b * d + a] = v;
      }
      covariances[c * d * d + a * d + a] += regCovar;
    }
  }
  for (let c = 0; c < k; c++) weights[c] /= total;
  return { weights, means, covariances };
}

/** Packed P (off-diagonal doubled), P mu and the per-component constant of the log-density. */
function quadraticForms(params: MixtureParameters, k: number, d: number):
  { weightedPrecision: Float64Array; precisionMean: Float64Array; constant: Float64Array } {
  const tri = (d * (d + 1)) / 2;
  const { weights, means, precisionsCholesky: U } = params;
  const logDet = logDetCholesky(U, k, d, 'full');
  const weightedPrecision = new Float64Array(k * tri);
  const precisionMean = new Float64Array(k * d);
  const constant = new Float64Array(k);
  const P = new Float64Array(d * d);
  for (let c = 0; c < k; c++) {
    const off = c * d * d;
    // P = U U^T with U upper triangular: P_ab = sum_{t >= max(a, b)} U_at U_bt.
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        let s = 0;
        for (let t = b; t < d; t++) s += U[off + a * d + t] * U[off + b * d + t];
        P[a * d + b] = s;
        P[b * d + a] = s;
      }
    }
    let p = c * tri;
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) weightedPrecision[p++] = a === b ? P[a * d + b] : 2 * P[a * d + b];
    let muPmu = 0;
    for (let a = 0; a < d; a++) {
      let s = 0;
      for (let b = 0; b < d; b++) s += P[a * d + b] * means[c * d + b];
      precisionMean[c * d + a] = s;
      muPmu += s * means[c * d + a];
    }
    constant[c] = -0.5 * d * LOG_2PI + logDet[c] + Math.log(weights[c]) - 0.5 * muPmu;
  }
  return { weightedPrecision, precisionMean, constant };
}
