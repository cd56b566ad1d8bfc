// The E-step of a Gaussian mixture: weighted log-densities per point and component, normalised with
// log-sum-exp into responsibilities; one pass over the rows with no allocation per point.

import type { Matrix } from './matrix';
import { logDetCholesky, type CovarianceType, type MixtureParameters } from './gaussianMixtureParameters';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Fills `resp` (n x k) with posterior probabilities under `params` and returns the mean over rows of
 * log p(x) (scikit-learn's log_prob_norm mean, the EM lower bound). `logProbNorm`, when given,
 * receives log p(x) per row.
 */
export function expectationStep(X: Matrix, params: MixtureParameters, k: number, type: CovarianceType,
  resp: Float64Array, logProbNorm?: Float64Array): number {
  const { data, rows: n, cols: d } = X;
  const { weights, means, precisionsCholesky: prec } = params;
  const logDet = logDetCholesky(prec, k, d, type);
  const constant = new Float64Array(k);
  for (let c = 0; c < k; c++) constant[c] = -0.5 * d * LOG_2PI + logDet[c] + Math.log(weights[c]);
  const packed = type === 'full' || type === 'tied' ? packTriangular(prec, type === 'full' ? k : 1, d) : null;
  const triSize = (d * (d + 1)) / 2;
  const diff = new Float64Array(d);
  const logp = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xOff = i * d;
    for (let c = 0; c < k; c++) {
      const mOff = c * d;
      let q = 0;
      if (packed) {
        for (let j = 0; j < d; j++) diff[j] = data[xOff + j] - means[mOff + j];
        let p = type === 'full' ? c * triSize : 0;
        // y_j = sum_{t <= j} diff_t U[t][j]; q = |y|^2 is the Mahalanobis distance.
        for (let j = 0; j < d; j++) {
          let y = 0;
          for (let t = 0; t <= j; t++) y += packed[p++] * diff[t];
          q += y * y;
        }
      } else if (type === 'diag') {
        for (let j = 0; j < d; j++) {
          const z = (data[xOff + j] - means[mOff + j]) * prec[mOff + j];
          q += z * z;
        }
      } else {
        for (let j = 0; j < d; j++) {
          const z = data[xOff + j] - means[mOff + j];
          q += z * z;
        }
        q *= prec[c] * prec[c];
      }
      logp[c] = constant[c] - 0.5 * q;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) if (logp[c] > max) max = logp[c];
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(logp[c] - max);
    const norm = max + Math.log(sum);
    const rOff = i * k;
    for (let c = 0; c < k; c++) resp[rOff + c] = Math.exp(logp[c] - norm);
    if (logProbNorm) logProbNorm[i] = norm;
    total += norm;
  }
  return total / n;
}

/** Column j of each upper factor U as a contiguous run (U[0][j], ..., U[j][j]) for the inner loop. */
function packTriangular(prec: Float64Array, blocks: number, d: number): Float64Array {
  const triSize = (d * (d + 1)) / 2;
  const out = new Float64Array(blocks * triSize);
  let p = 0;
  for (let c = 0; c < blocks; c++) {
    const off = c * d * d;
    for (let j = 0; j < d; j++) for (let t = 0; t <= j; t++) out[p++] = prec[off + t * d + j];
  }
  return out;
}
