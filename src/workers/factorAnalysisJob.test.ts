// The factor-analysis job: the counting rules pick the factor count, a missing value is imputed rather
// than poisoning the correlations, loadings match a direct fit, and too few features get a plain error.
import { describe, expect, it } from 'vitest';
import fixture from '../analysis/__fixtures__/projections.json';
import { matrixFromRows } from '../analysis/matrix';
import { fitFactorAnalysis } from '../analysis/factor/fitFactorAnalysis';
import { factorAnalysisOf } from './factorAnalysisJob';
import type { FactorCountRule, FactorRequest } from './projectionJob';

const X = matrixFromRows(fixture.factor.X);
const job = (count: FactorCountRule, rotation: FactorRequest['rotation'] = 'varimax', data = X.data.slice(), cols = X.cols): FactorRequest =>
  ({ type: 'factor', jobId: 1, data, rows: data.length / cols, cols, rotation, count });

describe('factorAnalysisOf', () => {
  it("keeps Kaiser's count of eigenvalues above 1 and reports the scree's", () => {
    const result = factorAnalysisOf(job('kaiser'));
    const aboveOne = fixture.factor.eigenvalues.filter((v) => v > 1).length;
    expect(result.kaiserCount).toBe(aboveOne);
    expect(result.nFactors).toBe(aboveOne);
    expect(result.loadings.length).toBe(X.cols * aboveOne);
    expect(result.screeCount).not.toBeNull();
  });

  it('obeys a given number and matches a direct fit with the same rotation', () => {
    const result = factorAnalysisOf(job(3, 'oblimin'));
    const direct = fitFactorAnalysis(X, { n_factors: 3, rotation: 'oblimin' }, { seed: 0 });
    expect(result.nFactors).toBe(3);
    result.loadings.forEach((v, e) => expect(v).toBeCloseTo(direct.loadings.data[e], 10));
    expect(Array.from(result.factorCorrelation)).toEqual(Array.from(direct.factor_correlation.data));
  });

  it('imputes a missing value with the column median', () => {
    const data = X.data.slice();
    data[5] = Number.NaN;
    const result = factorAnalysisOf(job('kaiser', 'varimax', data));
    expect(result.communalities.every((h) => Number.isFinite(h))).toBe(true);
  });

  it('says what to do when there are fewer than three features', () => {
    const two = new Float64Array(20).map((_, i) => (i * 7) % 5);
    expect(() => factorAnalysisOf(job('kaiser', 'varimax', two, 2))).toThrow(/at least 3 features.*Add features/);
  });
});
