// Exploratory factor analysis: principal-axis factoring of the correlation matrix, factors by Kaiser's
// rule unless given, then varimax or direct oblimin on Kaiser-normalised loadings; reports the usual tables.

import type { Matrix } from '../matrix';
import { checkStop, type FitContext } from '../fitContext';
import { symmetricEigen } from './smallLinearAlgebra';
import { principalAxisFactoring, orientColumns } from './principalAxisFactoring';
import { varimax } from './varimax';
import { oblimin } from './oblimin';

export interface FactorAnalysisParams {
  n_factors?: number;
  rotation?: 'varimax' | 'oblimin' | 'none';
  method?: 'principal-axis';
  tol?: number;
  max_iter?: number;
}

export interface FactorAnalysisResult {
  n_factors: number;
  /** Eigenvalues of the correlation matrix, descending (Kaiser's rule and the scree plot use them). */
  eigenvalues: Float64Array;
  /** p x k loadings after rotation (pattern loadings for oblimin). */
  loadings: Matrix;
  unrotated_loadings: Matrix;
  /** p x k correlations of variables with factors (equal to loadings unless oblique). */
  structure: Matrix;
  /** k x k factor correlations (identity unless oblique). */
  factor_correlation: Matrix;
  communalities: Float64Array;
  uniquenesses: Float64Array;
  /** Sum of squared loadings per factor, its share of the total variance (p) and the running total. */
  variance_explained: Float64Array;
  proportion_variance: Float64Array;
  cumulative_proportion: Float64Array;
  n_iter: number;
  converged: boolean;
}

export function fitFactorAnalysis(X: Matrix, params: FactorAnalysisParams, ctx: FitContext): FactorAnalysisResult {
  const p = X.cols;
  const R = correlationMatrix(X);
  checkStop(ctx);
  const eigenvalues = symmetricEigen(R, p).values;
  let kaiser = 0;
  for (const v of eigenvalues) if (v > 1) kaiser++;
  const k = params.n_factors ?? Math.max(1, kaiser);
  if (!(k >= 1 && k < p)) throw new Error(`n_factors must be between 1 and ${p - 1} for ${p} variables`);
  const paf = principalAxisFactoring(R, p, k, params.tol ?? 1e-8, params.max_iter ?? 1000);
  checkStop(ctx);
  const h = paf.communalities;
  const rotation = params.rotation ?? 'varimax';
  let loadings: Float64Array = paf.loadings.slice();
  const phi = new Float64Array(k * k);
  for (let j = 0; j < k; j++) phi[j * k + j] = 1;
  if (rotation !== 'none' && k > 1) {
    // Kaiser normalisation: rotate rows scaled to unit communality, then scale back.
    const root = h.map((v) => Math.sqrt(v));
    const normalised = loadings.map((v, e) => v / root[Math.floor(e / k)]);
    if (rotation === 'varimax') {
      loadings = varimax(normalised, p, k).rotated;
    } else {
      const result = oblimin(normalised, p, k);
      loadings = result.pattern;
      phi.set(result.factorCorrelation);
    }
    for (let e = 0; e < p * k; e++) loadings[e] *= root[Math.floor(e / k)];
    orientColumns(loadings, p, k, (j) => {
      for (let m = 0; m < k; m++) if (m !== j) { phi[j * k + m] = -phi[j * k + m]; phi[m * k + j] = -phi[m * k + j]; }
    });
  }
  const structure = new Float64Array(p * k);
  for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) {
    let s = 0;
    for (let m = 0; m < k; m++) s += loadings[i * k + m] * phi[m * k + j];
    structure[i * k + j] = s;
  }
  const variance = new Float64Array(k);
  for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) variance[j] += loadings[i * k + j] ** 2;
  const proportion = variance.map((v) => v / p);
  const cumulative = new Float64Array(k);
  proportion.reduce((acc, v, j) => (cumulative[j] = acc + v), 0);
  return {
    n_factors: k,
    eigenvalues,
    loadings: { data: loadings, rows: p, cols: k },
    unrotated_loadings: { data: paf.loadings, rows: p, cols: k },
    structure: { data: structure, rows: p, cols: k },
    factor_correlation: { data: phi, rows: k, cols: k },
    communalities: h,
    uniquenesses: h.map((v) => 1 - v),
    variance_explained: variance,
    proportion_variance: proportion,
    cumulative_proportion: cumulative,
    n_iter: paf.iterations,
    converged: paf.converged,
  };
}

/** Pearson correlations of the columns; a constant column has no correlation and is an error. */
function correlationMatrix(X: Matrix): Float64Array {
  const { rows: n, cols: p, data } = X;
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j] += data[i * p + j] / n;
  const C = new Float64Array(p * p);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < p; a++) {
      const va = data[i * p + a] - mean[a];
      for (let b = a; b < p; b++) C[a * p + b] += va * (data[i * p + b] - mean[b]);
    }
  }
  const sd = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    sd[a] = Math.sqrt(C[a * p + a]);
    if (!(sd[a] > 0)) throw new Error(`Column ${a + 1} is constant: it cannot enter a factor analysis`);
  }
  for (let a = 0; a < p; a++) for (let b = a; b < p; b++) {
    const r = a === b ? 1 : C[a * p + b] / (sd[a] * sd[b]);
    C[a * p + b] = r;
    C[b * p + a] = r;
  }
  return C;
}
