// Gaussian mixture fitted by EM exactly as scikit-learn's GaussianMixture (Cholesky precisions,
// log-sum-exp, convergence on the change of the mean log-likelihood), with soft assignments per row.

import type { Matrix } from './matrix';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { createRandom } from './random';
import {
  computePrecisionCholesky, countMixtureParameters, estimateGaussianParameters, gramMatrix,
  type CovarianceType, type MixtureParameters,
} from './gaussianMixtureParameters';
import { expectationStep } from './gaussianMixtureExpectation';
import { initialResponsibilities, type MixtureInit } from './gaussianMixtureInit';
import { createFullStepStatistics, fusedFullStep, parametersFromStatistics } from './gaussianMixtureFullStep';

export type { CovarianceType, MixtureParameters } from './gaussianMixtureParameters';

export interface GaussianMixtureParams {
  n_components: number;
  covariance_type?: CovarianceType;
  tol?: number;
  reg_covar?: number;
  max_iter?: number;
  n_init?: number;
  init_params?: MixtureInit;
  /** Starts EM from these hard labels (0..k-1) instead of init_params (one run: n_init is ignored). */
  init_labels?: Int32Array;
  /** Starts EM from these responsibilities (n x k, rows summing to 1); one run, like init_labels. */
  init_resp?: Float64Array;
  /**
   * A row is flagged uncertain when its most probable component has probability below this.
   * Default 0.6: below it the posterior is split between segments strongly enough that the row's
   * assignment should not be acted on alone (at k = 2 it means odds worse than 3 to 2).
   */
  uncertainty_threshold?: number;
}

export interface GaussianMixtureResult extends MixtureParameters {
  n_components: number;
  covariance_type: CovarianceType;
  /** Most probable component per row. */
  labels: Int32Array;
  /** Posterior probabilities, n x k row-major. */
  probabilities: Float64Array;
  /** 1 where the top probability is below uncertainty_threshold. */
  uncertain: Uint8Array;
  uncertainty_threshold: number;
  /** Log-likelihood of the data under the fitted model: mean per row (sklearn's score) and total. */
  logLikelihood: { mean: number; total: number };
  /** The EM lower bound of the best initialisation (sklearn's lower_bound_). */
  lowerBound: number;
  bic: number;
  aic: number;
  n_parameters: number;
  n_iter: number;
  converged: boolean;
  seed: number;
}

export function fitGaussianMixture(X: Matrix, params: GaussianMixtureParams, ctx: FitContext): GaussianMixtureResult {
  const k = params.n_components;
  const type = params.covariance_type ?? 'full';
  const tol = params.tol ?? 1e-3;
  const regCovar = params.reg_covar ?? 1e-6;
  const maxIter = params.max_iter ?? 100;
  const fixedStart = params.init_labels !== undefined || params.init_resp !== undefined;
  const nInit = fixedStart ? 1 : params.n_init ?? 1;
  const threshold = params.uncertainty_threshold ?? 0.6;
  const { rows: n, cols: d } = X;
  if (!(k >= 1) || k > n) throw new Error(`n_components must be between 1 and the number of rows (${n}), got ${k}`);
  requireFinite(X);
  const progress = throttledProgress(ctx);
  const rng = createRandom(ctx.seed);
  // EM runs on centred rows (the model is shift-invariant; means are shifted back at the end) so that
  // the expanded quadratic forms of the fused full-covariance step keep their precision.
  const { centred, offset } = centreColumns(X);
  const gram = type === 'tied' ? gramMatrix(centred) : null;
  const resp = new Float64Array(n * k);
  const fullStats = type === 'full' ? createFullStepStatistics(k, d) : null;

  const mStep = (normaliseBy: number | null): MixtureParameters => {
    const { nk, means, covariances } = estimateGaussianParameters(centred, resp, k, regCovar, type, gram);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += nk[c];
    // sklearn divides by n at initialisation and by the sum of nk afterwards.
    const denom = normaliseBy ?? sum;
    for (let c = 0; c < k; c++) nk[c] /= denom;
    return { weights: nk, means, covariances, precisionsCholesky: computePrecisionCholesky(covariances, k, d, type) };
  };

  let best: MixtureParameters | null = null;
  let bestLowerBound = -Infinity;
  let bestIter = 0;
  // As in sklearn, converged stays true once any initialisation has converged.
  let converged = false;
  for (let init = 0; init < nInit; init++) {
    checkStop(ctx);
    const initSeed = rng.int(2147483647);
    resp.set(initialResponsibilities(X, k, params, initSeed));
    let current = mStep(n);
    let lowerBound = -Infinity;
    let nIter = 0;
    for (let iter = 1; iter <= maxIter; iter++) {
      checkStop(ctx);
      nIter = iter;
      const previous = lowerBound;
      if (fullStats) {
        lowerBound = fusedFullStep(centred, current, k, fullStats);
        const next = parametersFromStatistics(fullStats, k, d, regCovar);
        current = { ...next, precisionsCholesky: computePrecisionCholesky(next.covariances, k, d, type) };
      } else {
        lowerBound = expectationStep(centred, current, k, type, resp);
        current = mStep(null);
      }
      progress((init + iter / maxIter) / nInit, 'EM');
      if (Math.abs(lowerBound - previous) < tol) {
        converged = true;
        break;
      }
    }
    if (best === null || lowerBound > bestLowerBound) {
      best = current;
      bestLowerBound = lowerBound;
      bestIter = nIter;
    }
  }
  if (best === null) throw new Error('No initialisation ran');

  const meanLogLik = expectationStep(centred, best, k, type, resp);
  for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) best.means[c * d + j] += offset[j];
  const { labels, uncertain } = hardAssignments(resp, n, k, threshold);
  const nParameters = countMixtureParameters(k, d, type);
  const total = meanLogLik * n;
  progress(1, 'EM');
  return {
    ...best,
    n_components: k,
    covariance_type: type,
    labels,
    probabilities: resp,
    uncertain,
    uncertainty_threshold: threshold,
    logLikelihood: { mean: meanLogLik, total },
    lowerBound: bestLowerBound,
    bic: -2 * total + nParameters * Math.log(n),
    aic: -2 * total + 2 * nParameters,
    n_parameters: nParameters,
    n_iter: bestIter,
    converged,
    seed: ctx.seed,
  };
}

/** Posterior probabilities of new rows under a fitted mixture (n x k), and their labels. */
export function predictGaussianMixture(X: Matrix, model: GaussianMixtureResult): { labels: Int32Array; probabilities: Float64Array } {
  const probabilities = new Float64Array(X.rows * model.n_components);
  expectationStep(X, model, model.n_components, model.covariance_type, probabilities);
  const { labels } = hardAssignments(probabilities, X.rows, model.n_components, model.uncertainty_threshold);
  return { labels, probabilities };
}

/** log p(x) of each row under a fitted mixture (sklearn's score_samples). */
export function scoreSamplesGaussianMixture(X: Matrix, model: GaussianMixtureResult): Float64Array {
  const scores = new Float64Array(X.rows);
  expectationStep(X, model, model.n_components, model.covariance_type, new Float64Array(X.rows * model.n_components), scores);
  return scores;
}

function requireFinite(X: Matrix): void {
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i])) {
      throw new Error(`Row ${Math.floor(i / X.cols)}, feature ${i % X.cols} is not a finite number; impute missing values first`);
    }
  }
}

function centreColumns(X: Matrix): { centred: Matrix; offset: Float64Array } {
  const { data, rows: n, cols: d } = X;
  const offset = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) offset[j] += data[i * d + j];
  for (let j = 0; j < d; j++) offset[j] /= n;
  const centred = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centred[i * d + j] = data[i * d + j] - offset[j];
  return { centred: { data: centred, rows: n, cols: d }, offset };
}

function hardAssignments(resp: Float64Array, n: number, k: number, threshold: number): { labels: Int32Array; uncertain: Uint8Array } {
  const labels = new Int32Array(n);
  const uncertain = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let bestC = 0;
    let bestP = resp[i * k];
    for (let c = 1; c < k; c++) {
      const p = resp[i * k + c];
      if (p > bestP) { bestP = p; bestC = c; }
    }
    labels[i] = bestC;
    uncertain[i] = bestP < threshold ? 1 : 0;
  }
  return { labels, uncertain };
}
