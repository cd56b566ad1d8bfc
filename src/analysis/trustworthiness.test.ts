// Trustworthiness against sklearn.manifold.trustworthiness on the fixture data and embedding.
// Exact to 1e-9 for several n_neighbors; the sampled path is checked for its flag and range.
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/projections.json';
import { matrixFromRows } from './matrix';
import { trustworthiness } from './trustworthiness';

const X = matrixFromRows(fixture.X);
const E = matrixFromRows(fixture.trustworthiness.embedding);

describe('trustworthiness', () => {
  for (const [k, expected] of Object.entries(fixture.trustworthiness.scores)) {
    it(`matches sklearn for n_neighbors=${k}`, () => {
      const result = trustworthiness(X, E, { n_neighbors: Number(k) });
      expect(result.sampled).toBe(false);
      expect(Math.abs(result.trustworthiness - expected)).toBeLessThan(1e-9);
    });
  }

  it('scores a seeded sample when the data are larger than maxExactRows', () => {
    const a = trustworthiness(X, E, { maxExactRows: 300, sampleSize: 300, seed: 4 });
    const b = trustworthiness(X, E, { maxExactRows: 300, sampleSize: 300, seed: 4 });
    expect(a.sampled).toBe(true);
    expect(a.rowsUsed).toBe(300);
    expect(a.trustworthiness).toBe(b.trustworthiness);
    expect(Math.abs(a.trustworthiness - fixture.trustworthiness.scores['10'])).toBeLessThan(0.05);
  });

  it('is 1 for an embedding equal to the data', () => {
    expect(trustworthiness(X, X).trustworthiness).toBeCloseTo(1, 12);
  });
});
