// k-sweep: planted blobs give their k by every criterion, the per-k metrics are the metric functions'
// values, Kneedle finds a hand-computed knee, the gap statistic sees no structure in uniform noise.
import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import type { Matrix } from './matrix';
import { sweepK } from './sweepK';
import { kneedleIndex } from './kneedle';
import { gapStatistic } from './gapStatistic';
import { silhouetteScore } from './silhouette';
import { calinskiHarabasz } from './calinskiHarabasz';
import { daviesBouldin } from './daviesBouldin';

function plantedBlobs(n: number, seed: number): Matrix {
  const rng = createRandom(seed);
  const centres = [[0, 0, 0], [9, 0, 0], [0, 9, 0], [0, 0, 9]];
  const data = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) for (let j = 0; j < 3; j++) data[i * 3 + j] = centres[i % 4][j] + rng.normal();
  return { data, rows: n, cols: 3 };
}

function uniformNoise(n: number, d: number, seed: number): Matrix {
  const rng = createRandom(seed);
  return { data: Float64Array.from({ length: n * d }, () => rng.next()), rows: n, cols: d };
}

describe('kneedleIndex', () => {
  it('finds the knee of a convex decreasing curve', () => {
    expect(kneedleIndex([1, 2, 3, 4, 5, 6, 7], [100, 40, 10, 8, 6, 5, 4])).toBe(2);
  });
  it('finds no knee on a straight line or a flat curve', () => {
    expect(kneedleIndex([1, 2, 3, 4], [4, 3, 2, 1])).toBeNull();
    expect(kneedleIndex([1, 2, 3], [2, 2, 2])).toBeNull();
  });
});

describe('gapStatistic', () => {
  it('finds no structure in uniform noise and the planted k in blobs', () => {
    expect(gapStatistic(uniformNoise(300, 2, 4), { k_min: 2, k_max: 6 }, { seed: 1 }).bestK).toBe(1);
    const blobs = gapStatistic(plantedBlobs(400, 2), { k_min: 2, k_max: 7 }, { seed: 1 });
    expect(blobs.bestK).toBe(4);
    expect(blobs.sampled).toBeNull();
  });
});

describe('sweepK', () => {
  const X = plantedBlobs(600, 1);

  it('recommends the planted k with every criterion agreeing, and explains it', () => {
    const result = sweepK(X, { k_min: 2, k_max: 8 }, { seed: 3 });
    expect(result.rows.map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.recommendedK).toBe(4);
    expect(result.elbowK).toBe(4);
    expect(result.gapK).toBe(4);
    expect(result.votes.every((v) => v.k === 4)).toBe(true);
    expect(result.reason).toMatch(/^k = 4: highest silhouette \(0\.\d\d\).* and the gap statistic$/);
    expect(result.silhouetteSampled).toBeNull();
  });

  it('reports for each k the values of the metric functions on its labels', () => {
    const result = sweepK(X, { k_min: 3, k_max: 5, gap: false }, { seed: 3 });
    expect(result.gapK).toBeNull();
    for (const row of result.rows) {
      expect(row.silhouette).toBe(silhouetteScore(X, row.labels).score);
      expect(row.calinskiHarabasz).toBe(calinskiHarabasz(X, row.labels));
      expect(row.daviesBouldin).toBe(daviesBouldin(X, row.labels));
      expect(row.bic).toBeNull();
    }
  });

  it('samples the silhouette when asked and says so; same seed, same sweep', () => {
    const a = sweepK(X, { k_min: 2, k_max: 5, silhouette_sample: 200, gap_sample: 150, n_refs: 4 }, { seed: 8 });
    const b = sweepK(X, { k_min: 2, k_max: 5, silhouette_sample: 200, gap_sample: 150, n_refs: 4 }, { seed: 8 });
    expect(a.silhouetteSampled).toBe(200);
    expect(a.gapStatistic?.sampled).toBe(150);
    expect(a.notes.join(' ')).toMatch(/sample of 200 rows.*sample of 150 rows/);
    expect(a.rows.map((r) => [r.inertia, r.silhouette, r.gap])).toEqual(b.rows.map((r) => [r.inertia, r.silhouette, r.gap]));
  });

  it('sweeps Gaussian mixtures with BIC and AIC', () => {
    const result = sweepK(X, { k_min: 2, k_max: 6, algorithm: 'gmm', gap: false }, { seed: 3 });
    for (const row of result.rows) {
      expect(row.bic).not.toBeNull();
      expect(row.aic).not.toBeNull();
    }
    expect(result.votes.find((v) => v.criterion === 'bic')?.k).toBe(4);
    expect(result.recommendedK).toBe(4);
  });
});
