// Gaussian mixture against scikit-learn's GaussianMixture started from the same k-means labels
// (fixture made by scripts/fixtures/make_mixture_metrics.py).
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/mixture_metrics.json';
import { matrixFrom } from './matrix';
import { defaultContext, FitStoppedError } from './fitContext';
import { fitGaussianMixture, predictGaussianMixture, scoreSamplesGaussianMixture, type CovarianceType } from './gaussianMixture';

const { mixture } = fixture;
const X = matrixFrom(Float64Array.from(mixture.X), mixture.rows, mixture.cols);

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('fitGaussianMixture', () => {
  for (const ref of mixture.cases) {
    const type = ref.covariance_type as CovarianceType;
    it(`matches sklearn for covariance_type=${type}, k=${ref.n_components}`, () => {
      const initLabels = Int32Array.from(ref.n_components === 3 ? mixture.init_labels : mixture.init_labels_k4);
      const model = fitGaussianMixture(X, {
        n_components: ref.n_components, covariance_type: type, tol: ref.tol, reg_covar: ref.reg_covar,
        max_iter: ref.max_iter, init_labels: initLabels,
      }, defaultContext(0));
      expect(model.n_iter).toBe(ref.n_iter);
      expect(model.converged).toBe(ref.converged);
      expect(Math.abs(model.logLikelihood.mean - ref.score)).toBeLessThan(1e-6);
      expect(maxAbsDiff(scoreSamplesGaussianMixture(X, model), ref.score_samples)).toBeLessThan(1e-6);
      expect(Math.abs(model.lowerBound - ref.lower_bound)).toBeLessThan(1e-6);
      // BIC and AIC are -2 n (mean log-likelihood) + penalty: 1e-6 per sample allows 2e-6 n.
      expect(Math.abs(model.bic - ref.bic)).toBeLessThan(2e-6 * X.rows);
      expect(Math.abs(model.aic - ref.aic)).toBeLessThan(2e-6 * X.rows);
      expect(maxAbsDiff(model.weights, ref.weights)).toBeLessThan(1e-6);
      expect(maxAbsDiff(model.means, ref.means)).toBeLessThan(1e-6);
      expect(maxAbsDiff(model.covariances, ref.covariances)).toBeLessThan(1e-6);
      expect(maxAbsDiff(model.probabilities, ref.predict_proba)).toBeLessThan(1e-6);
      expect(Array.from(model.labels)).toEqual(ref.labels);
    });
  }

  it('predicts the labels and probabilities it was fitted with', () => {
    const model = fitGaussianMixture(X, { n_components: 3, init_labels: Int32Array.from(mixture.init_labels) }, defaultContext(0));
    const predicted = predictGaussianMixture(X, model);
    expect(Array.from(predicted.labels)).toEqual(Array.from(model.labels));
    expect(maxAbsDiff(predicted.probabilities, model.probabilities)).toBeLessThan(1e-12);
  });

  it('flags rows whose top probability is below the uncertainty threshold', () => {
    const model = fitGaussianMixture(X, { n_components: 3, init_labels: Int32Array.from(mixture.init_labels), uncertainty_threshold: 0.9 }, defaultContext(0));
    let flagged = 0;
    for (let i = 0; i < X.rows; i++) {
      const row = model.probabilities.subarray(i * 3, i * 3 + 3);
      expect(model.uncertain[i]).toBe(Math.max(...row) < 0.9 ? 1 : 0);
      flagged += model.uncertain[i];
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('is deterministic for a seed with random initialisation and n_init > 1', () => {
    const params = { n_components: 3, init_params: 'random' as const, n_init: 2, covariance_type: 'diag' as const };
    const a = fitGaussianMixture(X, params, defaultContext(42));
    const b = fitGaussianMixture(X, params, defaultContext(42));
    expect(Array.from(a.probabilities)).toEqual(Array.from(b.probabilities));
    expect(a.seed).toBe(42);
  });
});

describe('fitGaussianMixture with its own k-means start', () => {
  it('reaches the reference optimum on separated data', () => {
    const ref = mixture.cases[0];
    const model = fitGaussianMixture(X, { n_components: 3, n_init: 3 }, defaultContext(1));
    // Same optimum as sklearn up to a permutation of components: compare the likelihood.
    expect(Math.abs(model.logLikelihood.mean - ref.score)).toBeLessThan(1e-4);
  });
});

describe('fitGaussianMixture as a run', () => {
  it('reports progress up to 1, stops when asked and names a non-finite cell', () => {
    const fractions: number[] = [];
    fitGaussianMixture(X, { n_components: 2 }, { seed: 0, onProgress: (f) => fractions.push(f) });
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(() => fitGaussianMixture(X, { n_components: 2 }, { seed: 0, shouldStop: () => true })).toThrow(FitStoppedError);
    const broken = matrixFrom(Float64Array.from(mixture.X), mixture.rows, mixture.cols);
    broken.data[7] = Number.NaN;
    expect(() => fitGaussianMixture(broken, { n_components: 2 }, defaultContext(0))).toThrow(/Row 2, feature 1/);
  });
});
