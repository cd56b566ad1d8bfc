// Median imputation against scikit-learn's SimpleImputer(strategy='median') on data with NaNs,
// including a column with no observed value (NaN statistic here, dropped by sklearn).
import { describe, expect, it } from 'vitest';
import { applyImputer, fitMedianImputer } from './impute';
import { fixtureMatrix, loadKMeansPcaFixture } from './__fixtures__/kmeansPcaFixture';

const { impute } = loadKMeansPcaFixture();

describe('median imputer', () => {
  const X = fixtureMatrix(impute.X);
  const { statistics } = fitMedianImputer(X);

  it("computes scikit-learn's medians, NaN for an all-missing column", () => {
    impute.statistics.forEach((expected, j) => {
      if (expected === null) expect(statistics[j]).toBeNaN();
      else expect(Math.abs(statistics[j] - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    });
  });

  it('fills missing values like SimpleImputer on the columns it keeps', () => {
    const filled = applyImputer(X, statistics);
    const kept = impute.statistics.map((s, j) => (s === null ? -1 : j)).filter((j) => j >= 0);
    impute.imputed_kept_columns.forEach((row, i) => {
      row.forEach((expected, c) => {
        expect(Math.abs(filled.data[i * X.cols + kept[c]] - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
      });
    });
    const dropped = impute.statistics.findIndex((s) => s === null);
    for (let i = 0; i < X.rows; i++) expect(filled.data[i * X.cols + dropped]).toBeNaN();
    expect(X.data.some(Number.isNaN)).toBe(true);
  });
});
