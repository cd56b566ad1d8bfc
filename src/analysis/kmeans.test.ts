// k-means against scikit-learn 1.2: best-of-n_init inertia, label-for-label runs from given centres
// (including an empty cluster), determinism, prediction and cancellation.
import { describe, expect, it } from 'vitest';
import { fitKMeans, predictKMeans, type KMeansAlgorithm } from './kmeans';
import { FitStoppedError } from './fitContext';
import { fixtureMatrix, loadKMeansPcaFixture, type KMeansFromInit } from './__fixtures__/kmeansPcaFixture';
import type { Matrix } from './matrix';

const fixture = loadKMeansPcaFixture();
const blobs = fixtureMatrix(fixture.blobs.X);
const overlap = fixtureMatrix(fixture.overlap.X);

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

function expectSameRun(X: Matrix, reference: KMeansFromInit, algorithm: KMeansAlgorithm): void {
  const k = reference.init.length;
  const result = fitKMeans(X, {
    n_clusters: k, init: Float64Array.from(reference.init.flat()), algorithm, tol: reference.tol, max_iter: reference.max_iter,
  }, { seed: 0 });
  expect(Array.from(result.labels)).toEqual(reference.labels);
  expect(relativeError(result.inertia, reference.inertia)).toBeLessThan(1e-9);
  expect(result.n_iter).toBe(reference.n_iter);
  const expectedCenters = reference.centers.flat();
  for (let i = 0; i < expectedCenters.length; i++) expect(result.centers[i]).toBeCloseTo(expectedCenters[i], 9);
}

describe('fitKMeans', () => {
  it("reaches scikit-learn's best-of-n_init inertia on well-separated blobs", () => {
    for (const algorithm of ['hamerly', 'lloyd'] as const) {
      const result = fitKMeans(blobs, { n_clusters: fixture.blobs.n_clusters, algorithm }, { seed: 3 });
      expect(relativeError(result.inertia, fixture.blobs.best_inertia)).toBeLessThan(1e-6);
      expect(result.labels.length).toBe(blobs.rows);
      expect(result.n_clusters).toBe(4);
      expect(result.seed).toBe(3);
    }
  });

  it('matches scikit-learn label for label from the same initial centres', () => {
    for (const algorithm of ['hamerly', 'lloyd'] as const) {
      expectSameRun(blobs, fixture.blobs.from_init, algorithm);
      expectSameRun(overlap, fixture.overlap.from_init, algorithm);
    }
  });

  it('stops on tolerance or max_iter like scikit-learn, with labels matching the returned centres', () => {
    for (const algorithm of ['hamerly', 'lloyd'] as const) {
      expectSameRun(overlap, fixture.overlap.loose_tol, algorithm);
      expectSameRun(overlap, fixture.overlap.max_iter_3, algorithm);
    }
  });

  it('relocates an empty cluster to the farthest row as scikit-learn does', () => {
    for (const algorithm of ['hamerly', 'lloyd'] as const) expectSameRun(blobs, fixture.blobs.empty_cluster, algorithm);
  });

  it('is deterministic for a seed, bit for bit, with random and k-means++ starts', () => {
    for (const init of ['k-means++', 'random'] as const) {
      const a = fitKMeans(overlap, { n_clusters: 6, init, n_init: 2 }, { seed: 42 });
      const b = fitKMeans(overlap, { n_clusters: 6, init, n_init: 2 }, { seed: 42 });
      expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
      expect(Array.from(b.centers)).toEqual(Array.from(a.centers));
      expect(b.inertia).toBe(a.inertia);
    }
  });

  it('gives the same result with Hamerly bounds as with exhaustive Lloyd', () => {
    const hamerly = fitKMeans(overlap, { n_clusters: 6, n_init: 3 }, { seed: 9 });
    const lloyd = fitKMeans(overlap, { n_clusters: 6, n_init: 3, algorithm: 'lloyd' }, { seed: 9 });
    expect(Array.from(hamerly.labels)).toEqual(Array.from(lloyd.labels));
    expect(relativeError(hamerly.inertia, lloyd.inertia)).toBeLessThan(1e-12);
  });

  it('predicts the labels of the fitted centres', () => {
    const result = fitKMeans(blobs, { n_clusters: 4 }, { seed: 1 });
    expect(Array.from(predictKMeans(blobs, result.centers, 4))).toEqual(Array.from(result.labels));
  });

  it('reports progress and stops with FitStoppedError when asked', () => {
    let checks = 0;
    const fractions: number[] = [];
    expect(() => fitKMeans(overlap, { n_clusters: 6 }, { seed: 0, shouldStop: () => ++checks > 3 }))
      .toThrow(FitStoppedError);
    fitKMeans(overlap, { n_clusters: 6, n_init: 1 }, { seed: 0, onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
  });

  it('rejects impossible requests with a clear message', () => {
    expect(() => fitKMeans(blobs, { n_clusters: 0 }, { seed: 0 })).toThrow(/n_clusters/);
    expect(() => fitKMeans(fixtureMatrix([[1, null]]), { n_clusters: 1 }, { seed: 0 })).toThrow(/impute/);
  });
});
