// StandardScaler against scikit-learn on data with NaNs and a constant feature (scale 1):
// fitted mean and scale, and the transformed values with NaN kept in place.
import { describe, expect, it } from 'vitest';
import { applyStandardScaler, fitStandardScaler } from './scale';
import { fixtureMatrix, loadKMeansPcaFixture } from './__fixtures__/kmeansPcaFixture';

const { scale } = loadKMeansPcaFixture();

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

describe('standard scaler', () => {
  const X = fixtureMatrix(scale.X);
  const scaler = fitStandardScaler(X);

  it("matches scikit-learn's mean and population scale, 1 for a constant feature", () => {
    scale.mean.forEach((m, j) => close(scaler.mean[j], m));
    scale.scale.forEach((s, j) => close(scaler.scale[j], s));
    expect(scaler.scale[X.cols - 1]).toBe(1);
  });

  it('transforms like StandardScaler, keeping NaN', () => {
    const out = applyStandardScaler(X, scaler);
    scale.transformed.forEach((row, i) => row.forEach((expected, j) => {
      const actual = out.data[i * X.cols + j];
      if (expected === null) expect(actual).toBeNaN();
      else close(actual, expected);
    }));
  });
});
