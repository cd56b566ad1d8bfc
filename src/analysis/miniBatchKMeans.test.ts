// Mini-batch k-means: within 5% of scikit-learn's full k-means inertia on blobs (small and large batches),
// deterministic for a seed, and cancellable between mini-batches.
import { describe, expect, it } from 'vitest';
import { fitMiniBatchKMeans } from './miniBatchKMeans';
import { FitStoppedError } from './fitContext';
import { fixtureMatrix, loadKMeansPcaFixture } from './__fixtures__/kmeansPcaFixture';

const { minibatch } = loadKMeansPcaFixture();
const X = fixtureMatrix(minibatch.X);

describe('fitMiniBatchKMeans', () => {
  it("reaches within 5% of scikit-learn's full k-means inertia", () => {
    for (const batch_size of [64, 1024]) {
      const result = fitMiniBatchKMeans(X, { n_clusters: minibatch.n_clusters, batch_size }, { seed: 2 });
      expect(result.inertia).toBeLessThanOrEqual(1.05 * minibatch.full_inertia);
      expect(result.labels.length).toBe(X.rows);
      expect(result.centers.length).toBe(minibatch.n_clusters * X.cols);
      expect(result.n_iter).toBeGreaterThanOrEqual(1);
    }
  });

  it('is deterministic for a seed', () => {
    const a = fitMiniBatchKMeans(X, { n_clusters: 4, batch_size: 50 }, { seed: 8 });
    const b = fitMiniBatchKMeans(X, { n_clusters: 4, batch_size: 50 }, { seed: 8 });
    expect(Array.from(b.centers)).toEqual(Array.from(a.centers));
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(b.n_steps).toBe(a.n_steps);
  });

  it('stops with FitStoppedError when asked', () => {
    let checks = 0;
    expect(() => fitMiniBatchKMeans(X, { n_clusters: 4, batch_size: 32 }, { seed: 0, shouldStop: () => ++checks > 10 }))
      .toThrow(FitStoppedError);
  });
});
