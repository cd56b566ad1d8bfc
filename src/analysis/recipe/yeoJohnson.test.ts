// Tests the Yeo-Johnson lambda fit and transform against scikit-learn's PowerTransformer
// (src/analysis/__fixtures__/recipe.json, made by scripts/fixtures/make_recipe.py).
import { describe, expect, it } from 'vitest';
import fixture from '../__fixtures__/recipe.json';
import { fitYeoJohnsonLambda, yeoJohnson } from './yeoJohnson';
import { brentMinimise } from './brentMinimise';

const columns = fixture.columns as Record<string, number[]>;
const reference = fixture.yeo_johnson as Record<string, { lambda: number; transformed: number[] }>;

describe('fitYeoJohnsonLambda', () => {
  for (const name of Object.keys(reference)) {
    it(`matches PowerTransformer's lambda and output on ${name} within 1e-6`, () => {
      const lambda = fitYeoJohnsonLambda(Float64Array.from(columns[name]));
      expect(Math.abs(lambda - reference[name].lambda)).toBeLessThan(1e-6);
      // Relative: sklearn's own lambda is only as exact as scipy's brent (about 1e-8), and large outputs magnify that.
      const worst = columns[name].reduce((w, x, i) => {
        const expected = reference[name].transformed[i];
        return Math.max(w, Math.abs(yeoJohnson(x, lambda) - expected) / Math.max(1, Math.abs(expected)));
      }, 0);
      expect(worst).toBeLessThan(1e-6);
    });
  }

  it('ignores NaN values', () => {
    const values = [...columns.spend.slice(0, 50), Number.NaN, ...columns.spend.slice(50)];
    expect(fitYeoJohnsonLambda(Float64Array.from(values))).toBeCloseTo(reference.spend.lambda, 6);
  });

  it('gives three different lambdas for right-skewed, symmetric and left-skewed data', () => {
    const lambdas = Object.values(reference).map((r) => r.lambda);
    expect(new Set(lambdas.map((l) => l.toFixed(2))).size).toBe(3);
  });
});

describe('yeoJohnson', () => {
  it('is log1p at lambda 0 for positive values and -log1p(-x) at lambda 2 for negative ones', () => {
    expect(yeoJohnson(3, 0)).toBeCloseTo(Math.log1p(3), 14);
    expect(yeoJohnson(-3, 2)).toBeCloseTo(-Math.log1p(3), 14);
    expect(yeoJohnson(2, 1)).toBe(2);
    expect(yeoJohnson(-2, 1)).toBeCloseTo(-2, 14);
  });
});

describe('brentMinimise', () => {
  it('finds a minimum outside the starting bracket', () => {
    expect(brentMinimise((x) => (x - 7.25) ** 2 + 1, -2, 2)).toBeCloseTo(7.25, 7);
    expect(brentMinimise((x) => Math.cosh(x + 3.5), -2, 2)).toBeCloseTo(-3.5, 6);
  });
});
