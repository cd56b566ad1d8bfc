// The M-step of a Gaussian mixture: weights, means and covariances from responsibilities, and the
// Cholesky factors of the precisions, with scikit-learn's formulas per covariance_type.

import type { Matrix } from './matrix';

export type CovarianceType = 'full' | 'tied' | 'diag' | 'spherical';

/**
 * Parameters of a fitted mixture. Shapes follow scikit-learn, flattened row-major:
 * covariances / precisionsCholesky are k*d*d (full), d*d (tied), k*d (diag) or k (spherical).
 * For full and tied, precisionsCholesky holds U with precision = U U^T, U upper triangular.
 */
export interface MixtureParameters {
  weights: Float64Array;
  means: Float64Array;
  covariances: Float64Array;
  precisionsCholesky: Float64Array;
}

/** Guards against empty components exactly as scikit-learn does (10 machine epsilons). */
const EMPTY_COMPONENT_GUARD = 10 * 2.220446049250313e-16;

/** Number of free parameters, for BIC and AIC (scikit-learn's _n_parameters). */
export function countMixtureParameters(k: number, d: number, type: CovarianceType): number {
  const covParams = type === 'full' ? (k * d * (d + 1)) / 2
    : type === 'diag' ? k * d
      : type === 'tied' ? (d * (d + 1)) / 2
        : k;
  return Math.trunc(covParams + d * k + k - 1);
}

/**
 * Estimates (unnormalised) weights nk, means and covariances from responsibilities resp (n x k).
 * `gram` is X^T X (d x d), needed only for 'tied' and computed once per fit by the caller.
 */
export function estimateGaussianParameters(X: Matrix, resp: Float64Array, k: number, regCovar: number,
  type: CovarianceType, gram: Float64Array | null): { nk: Float64Array; means: Float64Array; covariances: Float64Array } {
  const { data, rows: n, cols: d } = X;
  const nk = new Float64Array(k);
  const means = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const rOff = i * k;
    const xOff = i * d;
    for (let c = 0; c < k; c++) {
      const r = resp[rOff + c];
      nk[c] += r;
      const mOff = c * d;
      for (let j = 0; j < d; j++) means[mOff + j] += r * data[xOff + j];
    }
  }
  for (let c = 0; c < k; c++) {
    nk[c] += EMPTY_COMPONENT_GUARD;
    for (let j = 0; j < d; j++) means[c * d + j] /= nk[c];
  }
  let covariances: Float64Array;
  if (type === 'full') covariances = fullCovariances(X, resp, k, nk, means, regCovar);
  else if (type === 'tied') covariances = tiedCovariance(d, k, nk, means, regCovar, gram ?? gramMatrix(X));
  else {
    const diag = diagCovariances(X, resp, k, nk, means, regCovar);
    covariances = type === 'diag' ? diag : sphericalFromDiag(diag, k, d);
  }
  return { nk, means, covariances };
}

function fullCovariances(X: Matrix, resp: Float64Array, k: number, nk: Float64Array, means: Float64Array,
  regCovar: number): Float64Array {
  const { data, rows: n, cols: d } = X;
  const dd = d * d;
  const cov = new Float64Array(k * dd);
  const diff = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const xOff = i * d;
    const rOff = i * k;
    for (let c = 0; c < k; c++) {
      const r = resp[rOff + c];
      const mOff = c * d;
      for (let j = 0; j < d; j++) diff[j] = data[xOff + j] - means[mOff + j];
      const cOff = c * dd;
      // Upper triangle only; mirrored below once all points are in.
      for (let a = 0; a < d; a++) {
        const ra = r * diff[a];
        const rowOff = cOff + a * d;
        for (let b = a; b < d; b++) cov[rowOff + b] += ra * diff[b];
      }
    }
  }
  for (let c = 0; c < k; c++) {
    const cOff = c * dd;
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        const v = cov[cOff + a * d + b] / nk[c];
        cov[cOff + a * d + b] = v;
        cov[cOff + b * d + a] = v;
      }
      cov[cOff + a * d + a] += regCovar;
    }
  }
  return cov;
}

/** X^T X, the second moment that the tied covariance reuses at every M-step. */
export function gramMatrix(X: Matrix): Float64Array {
  const { data, rows: n, cols: d } = X;
  const g = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    const off = i * d;
    for (let a = 0; a < d; a++) {
      const xa = data[off + a];
      for (let b = a; b < d; b++) g[a * d + b] += xa * data[off + b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) g[a * d + b] = g[b * d + a];
  return g;
}

function tiedCovariance(d: number, k: number, nk: Float64Array, means: Float64Array, regCovar: number,
  gram: Float64Array): Float64Array {
  const cov = new Float64Array(d * d);
  let total = 0;
  for (let c = 0; c < k; c++) total += nk[c];
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < d; b++) {
      let m2 = 0;
      for (let c = 0; c < k; c++) m2 += nk[c] * means[c * d + a] * means[c * d + b];
      cov[a * d + b] = (gram[a * d + b] - m2) / total;
    }
    cov[a * d + a] += regCovar;
  }
  return cov;
}

function diagCovariances(X: Matrix, resp: Float64Array, k: number, nk: Float64Array, means: Float64Array,
  regCovar: number): Float64Array {
  const { data, rows: n, cols: d } = X;
  const avgX2 = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const xOff = i * d;
    const rOff = i * k;
    for (let c = 0; c < k; c++) {
      const r = resp[rOff + c];
      const mOff = c * d;
      for (let j = 0; j < d; j++) {
        const x = data[xOff + j];
        avgX2[mOff + j] += r * x * x;
      }
    }
  }
  // scikit-learn's expansion E[x^2] - 2 mu E[x] + mu^2, kept so that results match it closely.
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) {
      const idx = c * d + j;
      const m2 = means[idx] * means[idx];
      avgX2[idx] = avgX2[idx] / nk[c] - 2 * m2 + m2 + regCovar;
    }
  }
  return avgX2;
}

function sphericalFromDiag(diag: Float64Array, k: number, d: number): Float64Array {
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += diag[c * d + j];
    out[c] = s / d;
  }
  return out;
}

const ILL_DEFINED = 'Fitting the mixture model failed because some components have ill-defined empirical '
  + 'covariance (for instance caused by singleton or collapsed samples). Try to decrease the number of '
  + 'components, or increase reg_covar.';

/** Precision Cholesky factors from covariances (scikit-learn's _compute_precision_cholesky). */
export function computePrecisionCholesky(covariances: Float64Array, k: number, d: number, type: CovarianceType): Float64Array {
  if (type === 'diag' || type === 'spherical') {
    const out = new Float64Array(covariances.length);
    for (let i = 0; i < out.length; i++) {
      if (!(covariances[i] > 0)) throw new Error(ILL_DEFINED);
      out[i] = 1 / Math.sqrt(covariances[i]);
    }
    return out;
  }
  const blocks = type === 'full' ? k : 1;
  const dd = d * d;
  const out = new Float64Array(blocks * dd);
  const lower = new Float64Array(dd);
  for (let c = 0; c < blocks; c++) {
    choleskyLower(covariances, c * dd, d, lower);
    invertLowerTransposed(lower, d, out, c * dd);
  }
  return out;
}

/** Lower Cholesky factor L of the d x d block at `offset` (A = L L^T), into `out`. */
function choleskyLower(a: Float64Array, offset: number, d: number, out: Float64Array): void {
  out.fill(0);
  for (let j = 0; j < d; j++) {
    let s = a[offset + j * d + j];
    for (let t = 0; t < j; t++) s -= out[j * d + t] * out[j * d + t];
    if (!(s > 0)) throw new Error(ILL_DEFINED);
    const ljj = Math.sqrt(s);
    out[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let v = a[offset + i * d + j];
      for (let t = 0; t < j; t++) v -= out[i * d + t] * out[j * d + t];
      out[i * d + j] = v / ljj;
    }
  }
}

/** Writes (L^{-1})^T, upper triangular, at `offset` of `out`. */
function invertLowerTransposed(lower: Float64Array, d: number, out: Float64Array, offset: number): void {
  // Forward substitution column by column: L m = e_col gives column `col` of M = L^{-1}.
  for (let col = 0; col < d; col++) {
    for (let i = col; i < d; i++) {
      let s = i === col ? 1 : 0;
      for (let t = col; t < i; t++) s -= lower[i * d + t] * out[offset + col * d + t];
      // out row `col` holds column `col` of M, i.e. row `col` of M^T.
      out[offset + col * d + i] = s / lower[i * d + i];
    }
  }
}

/** log det of each precision Cholesky factor (scikit-learn's _compute_log_det_cholesky), per component. */
export function logDetCholesky(precChol: Float64Array, k: number, d: number, type: CovarianceType): Float64Array {
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let s = 0;
    if (type === 'full' || type === 'tied') {
      const off = type === 'full' ? c * d * d : 0;
      for (let j = 0; j < d; j++) s += Math.log(precChol[off + j * d + j]);
    } else if (type === 'diag') {
      for (let j = 0; j < d; j++) s += Math.log(precChol[c * d + j]);
    } else {
      s = d * Math.log(precChol[c]);
    }
    out[c] = s;
  }
  return out;
}
