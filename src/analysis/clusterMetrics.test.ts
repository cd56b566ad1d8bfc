// Validation metrics against scikit-learn (silhouette, Calinski-Harabasz, Davies-Bouldin, ARI) and a
// brute-force Dunn index; fixture made by scripts/fixtures/make_mixture_metrics.py.
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/mixture_metrics.json';
import { matrixFrom, type Matrix } from './matrix';
import { silhouetteSamples, silhouetteScore } from './silhouette';
import { calinskiHarabasz } from './calinskiHarabasz';
import { daviesBouldin } from './daviesBouldin';
import { dunnIndex } from './dunnIndex';
import { adjustedRandIndex } from './adjustedRandIndex';
import { sampleIndices, takeLabels, takeRows } from './sampleRows';

const { metrics } = fixture;
const X = matrixFrom(Float64Array.from(metrics.X), metrics.rows, metrics.cols);

function expectRelative(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));
}

function bruteForceDunn(M: Matrix, labels: Int32Array): number {
  let minBetween = Infinity;
  let maxWithin = 0;
  for (let i = 0; i < M.rows; i++) {
    for (let j = 0; j < M.rows; j++) {
      if (i === j || labels[i] < 0 || labels[j] < 0) continue;
      let s = 0;
      for (let t = 0; t < M.cols; t++) s += (M.data[i * M.cols + t] - M.data[j * M.cols + t]) ** 2;
      const dist = Math.sqrt(s);
      if (labels[i] === labels[j]) maxWithin = Math.max(maxWithin, dist);
      else minBetween = Math.min(minBetween, dist);
    }
  }
  return minBetween / maxWithin;
}

describe('validation metrics against scikit-learn', () => {
  for (const ref of metrics.cases) {
    const labels = Int32Array.from(ref.labels);
    it(`silhouette samples and score on ${ref.name}`, () => {
      const samples = silhouetteSamples(X, labels);
      // Per-row relative error, with an absolute floor for silhouettes that are exactly 0 or tiny.
      for (let i = 0; i < X.rows; i++) {
        expect(Math.abs(samples[i] - ref.silhouette_samples[i])).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(ref.silhouette_samples[i]), 1e-3));
      }
      const score = silhouetteScore(X, labels);
      expectRelative(score.score, ref.silhouette_score);
      expect(score.sampled).toBeNull();
    });
    it(`Calinski-Harabasz, Davies-Bouldin and Dunn on ${ref.name}`, () => {
      expectRelative(calinskiHarabasz(X, labels), ref.calinski_harabasz);
      expectRelative(daviesBouldin(X, labels), ref.davies_bouldin);
      expectRelative(dunnIndex(X, labels), bruteForceDunn(X, labels), 1e-12);
    });
  }

  for (const ref of metrics.ari) {
    it(`adjusted Rand index ${ref.a} vs ${ref.b}`, () => {
      expectRelative(adjustedRandIndex(Int32Array.from(ref.labels_a), Int32Array.from(ref.labels_b)), ref.ari);
    });
  }
});

describe('noise and sampling', () => {
  const labels = Int32Array.from(metrics.cases[0].labels);
  const noisy = labels.slice();
  for (let i = 0; i < noisy.length; i += 7) noisy[i] = -1;
  const keep = Int32Array.from(Array.from(noisy.keys()).filter((i) => noisy[i] !== -1));
  const clean = takeRows(X, keep);
  const cleanLabels = takeLabels(noisy, keep);

  it('leaves noise rows out of the silhouette (NaN) and of every index', () => {
    const samples = silhouetteSamples(X, noisy);
    const reference = silhouetteSamples(clean, cleanLabels);
    keep.forEach((row, r) => expect(samples[row]).toBe(reference[r]));
    for (let i = 0; i < noisy.length; i += 7) expect(Number.isNaN(samples[i])).toBe(true);
    expect(silhouetteScore(X, noisy).score).toBeCloseTo(silhouetteScore(clean, cleanLabels).score, 14);
    expect(calinskiHarabasz(X, noisy)).toBeCloseTo(calinskiHarabasz(clean, cleanLabels), 9);
    expect(daviesBouldin(X, noisy)).toBeCloseTo(daviesBouldin(clean, cleanLabels), 12);
    expect(dunnIndex(X, noisy)).toBe(bruteForceDunn(clean, cleanLabels));
  });

  it('scores a seeded sample when asked, the same rows for the same seed', () => {
    const a = silhouetteScore(X, labels, { sampleSize: 120, seed: 3 });
    const b = silhouetteScore(X, labels, { sampleSize: 120, seed: 3 });
    expect(a.sampled).toBe(120);
    expect(a.score).toBe(b.score);
    const rows = sampleIndices(X.rows, 120, 3);
    expect(new Set(rows).size).toBe(120);
    const direct = silhouetteSamples(takeRows(X, rows), takeLabels(labels, rows));
    expect(a.score).toBeCloseTo(direct.reduce((s, v) => s + v, 0) / direct.length, 14);
  });

  it('refuses a single segment', () => {
    expect(() => silhouetteSamples(X, new Int32Array(X.rows))).toThrow(/between 2/);
  });
});
