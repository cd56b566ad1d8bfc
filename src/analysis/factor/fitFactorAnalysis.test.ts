// Factor analysis against the fixture script's numpy references: principal-axis factoring, varimax as
// sklearn's _ortho_rotation (alone and Kaiser-normalised), and GPA direct oblimin with its factor correlations.
import { describe, expect, it } from 'vitest';
import fixture from '../__fixtures__/projections.json';
import { matrixFromRows } from '../matrix';
import { FitStoppedError } from '../fitContext';
import { fitFactorAnalysis } from './fitFactorAnalysis';
import { varimax } from './varimax';

const ref = fixture.factor;
const X = matrixFromRows(ref.X);

function expectClose(actual: ArrayLike<number>, expected: number[][] | number[], tolerance: number): void {
  const flat = (expected as (number | number[])[]).flat();
  expect(actual.length).toBe(flat.length);
  flat.forEach((v, i) => expect(Math.abs(actual[i] - v)).toBeLessThan(tolerance));
}

describe('fitFactorAnalysis', () => {
  it('chooses the number of factors by Kaiser and reports the correlation eigenvalues', () => {
    const result = fitFactorAnalysis(X, { rotation: 'none' }, { seed: 0 });
    expect(result.n_factors).toBe(ref.n_factors_kaiser);
    expectClose(result.eigenvalues, ref.eigenvalues, 1e-10);
  });

  it('matches principal-axis factoring (loadings and communalities)', () => {
    const two = fitFactorAnalysis(X, { rotation: 'none' }, { seed: 0 });
    expect(two.converged).toBe(true);
    expectClose(two.loadings.data, ref.paf_loadings, 1e-6);
    expectClose(two.communalities, ref.paf_communalities, 1e-6);
    two.uniquenesses.forEach((u, i) => expect(u).toBeCloseTo(1 - ref.paf_communalities[i], 6));
    const three = fitFactorAnalysis(X, { n_factors: 3, rotation: 'none' }, { seed: 0 });
    expectClose(three.loadings.data, ref.paf3_loadings, 1e-6);
  });

  it('rotates exactly like sklearn _ortho_rotation(varimax)', () => {
    const input = Float64Array.from(ref.ortho_rotation_input.flat());
    expectClose(varimax(input, 8, 3).rotated, ref.ortho_rotation_varimax, 1e-9);
  });

  it('matches Kaiser-normalised varimax', () => {
    const result = fitFactorAnalysis(X, { rotation: 'varimax' }, { seed: 0 });
    expectClose(result.loadings.data, ref.varimax_loadings, 1e-6);
    expectClose(result.factor_correlation.data, [1, 0, 0, 1], 1e-15);
    const total = result.variance_explained.reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(result.communalities.reduce((s, v) => s + v, 0), 10);
    expect(result.cumulative_proportion[1]).toBeCloseTo(total / 8, 12);
  });

  it('matches direct oblimin (GPA) pattern loadings and factor correlations', () => {
    const result = fitFactorAnalysis(X, { rotation: 'oblimin' }, { seed: 0 });
    expectClose(result.loadings.data, ref.oblimin_loadings, 1e-5);
    expectClose(result.factor_correlation.data, ref.oblimin_factor_correlation, 1e-5);
  });

  it('stops when asked', () => {
    expect(() => fitFactorAnalysis(X, {}, { seed: 0, shouldStop: () => true })).toThrow(FitStoppedError);
  });
});
