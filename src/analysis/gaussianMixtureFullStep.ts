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
  const xx = new Float64Array(tri);
  const logp = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xOff = i * d;
    let p = 0;
    for (let a = 0; a < d; a++) {
      const xa = data[xOff + a];
      for (let b = a; b < d; b++) xx[p++] = xa * data[xOff + b];
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      // (x - mu)^T P (x - mu) = x^T P x - 2 (P mu)^T x + mu^T P mu, the last term folded into constant.
      const wOff = c * tri;
      // Four running sums break the dependency chain of one long dot product.
      let q0 = 0, q1 = 0, q2 = 0, q3 = 0;
      let t = 0;
      for (; t + 3 < tri; t += 4) {
        q0 += weightedPrecision[wOff + t] * xx[t];
        q1 += weightedPrecision[wOff + t + 1] * xx[t + 1];
        q2 += weightedPrecision[wOff + t + 2] * xx[t + 2];
        q3 += weightedPrecision[wOff + t + 3] * xx[t + 3];
      }
      for (; t < tri; t++) q0 += weightedPrecision[wOff + t] * xx[t];
      const q = (q0 + q1) + (q2 + q3);
      const mOff = c * d;
      let lin = 0;
      for (let a = 0; a < d; a++) lin += precisionMean[mOff + a] * data[xOff + a];
      const v = constant[c] - 0.5 * q + lin;
      logp[c] = v;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp(logp[c] - max);
      logp[c] = e;
      sum += e;
    }
    total += max + Math.log(sum);
    const inv = 1 / sum;
    for (let c = 0; c < k; c++) {
      const r = logp[c] * inv;
      // A share below machine epsilon of this row changes no statistic beyond rounding: skip it.
      if (r < NEGLIGIBLE_RESPONSIBILITY) continue;
      nk[c] += r;
      const mOff = c * d;
      for (let a = 0; a < d; a++) sumX[mOff + a] += r * data[xOff + a];
      const sOff = c * tri;
      for (let t = 0; t < tri; t++) sumXX[sOff + t] += r * xx[t];
    }
  }
  return total / n;
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
