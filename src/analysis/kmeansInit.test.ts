// k-means++ seeding: the bounds it hands to the first Hamerly assignment must be exact (nearest
// centre, its distance) or safe (a lower bound on the second nearest); random starts use distinct rows.
import { describe, expect, it } from 'vitest';
import { kmeansPlusPlus, randomRows } from './kmeansInit';
import { createRandom } from './random';
import { fixtureMatrix, loadKMeansPcaFixture } from './__fixtures__/kmeansPcaFixture';

const X = fixtureMatrix(loadKMeansPcaFixture().overlap.X);

describe('kmeansPlusPlus', () => {
  it('returns centres that are data rows, with exact nearest-centre labels and safe bounds', () => {
    const k = 6, d = X.cols;
    const { centers, bounds } = kmeansPlusPlus(X, k, createRandom(4), { seed: 0 });
    expect(bounds).toBeDefined();
    if (!bounds) return;
    for (let c = 0; c < k; c++) {
      const isRow = Array.from({ length: X.rows }, (_, i) => i)
        .some((i) => Array.from({ length: d }, (_, j) => X.data[i * d + j] === centers[c * d + j]).every(Boolean));
      expect(isRow).toBe(true);
    }
    for (let i = 0; i < X.rows; i++) {
      const distances = Array.from({ length: k }, (_, c) =>
        Math.sqrt(Array.from({ length: d }, (_, j) => (X.data[i * d + j] - centers[c * d + j]) ** 2).reduce((a, b) => a + b, 0)));
      const nearest = distances.indexOf(Math.min(...distances));
      const secondNearest = Math.min(...distances.filter((_, c) => c !== nearest));
      expect(bounds.labels[i]).toBe(nearest);
      expect(Math.abs(bounds.upper[i] - distances[nearest])).toBeLessThanOrEqual(1e-12 * Math.max(1, distances[nearest]));
      expect(bounds.lower[i]).toBeLessThanOrEqual(secondNearest * (1 + 1e-12));
    }
  });

  it('gives the same seeding whether candidate distances are kept or recomputed (large tables)', () => {
    const kept = kmeansPlusPlus(X, 6, createRandom(3), { seed: 0 });
    const recomputed = kmeansPlusPlus(X, 6, createRandom(3), { seed: 0 }, undefined, 0);
    expect(Array.from(recomputed.centers)).toEqual(Array.from(kept.centers));
    expect(Array.from(recomputed.bounds?.labels ?? [])).toEqual(Array.from(kept.bounds?.labels ?? []));
    expect(Array.from(recomputed.bounds?.lower ?? [])).toEqual(Array.from(kept.bounds?.lower ?? []));
  });

  it('is deterministic for a seed', () => {
    const a = kmeansPlusPlus(X, 5, createRandom(11), { seed: 0 });
    const b = kmeansPlusPlus(X, 5, createRandom(11), { seed: 0 });
    expect(Array.from(b.centers)).toEqual(Array.from(a.centers));
  });
});

describe('randomRows', () => {
  it('picks distinct rows', () => {
    const small = fixtureMatrix([[0], [1], [2], [3], [4]]);
    const centers = randomRows(small, 5, createRandom(1));
    expect(Array.from(centers).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
