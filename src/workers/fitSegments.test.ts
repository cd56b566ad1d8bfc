// Tests the dispatch from an algorithm choice to the fitted segments: every algorithm on planted groups,
// the three-level cut's nesting, the mixture's probabilities, noise, and reproducibility from the seed.
import { describe, expect, it } from 'vitest';
import { fitSegments, countLabels } from './fitSegments';
import { defaultAlgorithmSettings, choiceOf, type AlgorithmChoice, type AlgorithmSettings } from './algorithmChoice';
import { createRandom } from '../analysis/random';
import { adjustedRandIndex } from '../analysis/adjustedRandIndex';
import type { Matrix } from '../analysis/matrix';

/** Three tight blobs far apart in 2-D, 60 rows each, plus `outliers` isolated far points at the end. */
function blobs(outliers = 0): { X: Matrix; truth: Int32Array } {
  const rng = createRandom(3);
  const centres = [[0, 0], [10, 0], [0, 10]];
  const n = 180 + outliers;
  const data = new Float64Array(n * 2);
  const truth = new Int32Array(n);
  for (let i = 0; i < 180; i++) {
    const c = i % 3;
    truth[i] = c;
    data[i * 2] = centres[c][0] + rng.next() - 0.5;
    data[i * 2 + 1] = centres[c][1] + rng.next() - 0.5;
  }
  for (let o = 0; o < outliers; o++) {
    truth[180 + o] = -1;
    data[(180 + o) * 2] = 40 + 15 * o;
    data[(180 + o) * 2 + 1] = -40 - 15 * o;
  }
  return { X: { data, rows: n, cols: 2 }, truth };
}

function choose(patch: Partial<AlgorithmSettings>): AlgorithmChoice {
  return choiceOf({ ...defaultAlgorithmSettings, ...patch });
}

describe('fitSegments', () => {
  const { X, truth } = blobs();
  const cases: [string, AlgorithmChoice][] = [
    ['k-means', choose({ algorithm: 'kmeans', kmeans: { ...defaultAlgorithmSettings.kmeans, n_clusters: 3 } })],
    ['mini-batch k-means', choose({ algorithm: 'kmeans', kmeans: { ...defaultAlgorithmSettings.kmeans, n_clusters: 3, algorithm: 'minibatch', batch_size: 64 } })],
    ['Gaussian mixture', choose({ algorithm: 'gmm', gmm: { ...defaultAlgorithmSettings.gmm, n_components: 3 } })],
    ['DBSCAN', choose({ algorithm: 'dbscan', dbscan: { eps: 1.5, min_samples: 5, metric: 'euclidean' } })],
    ['HDBSCAN', choose({ algorithm: 'hdbscan', hdbscan: { min_cluster_size: 10, min_samples: 5 } })],
    ['agglomerative', choose({ algorithm: 'agglomerative', agglomerative: { ...defaultAlgorithmSettings.agglomerative, n_clusters: 3, three_levels: false } })],
  ];
  it.each(cases)('%s finds the three planted groups', (_, choice) => {
    const fit = fitSegments(X, choice, { seed: 1 });
    expect(fit.labels.length).toBe(X.rows);
    expect(countLabels(fit.labels)).toBe(3);
    expect(adjustedRandIndex(fit.labels, truth)).toBeCloseTo(1, 10);
  });

  it('gives the same labels for the same seed', () => {
    const choice = cases[0][1];
    expect(fitSegments(X, choice, { seed: 9 }).labels).toEqual(fitSegments(X, choice, { seed: 9 }).labels);
  });

  it('cuts three nested levels from one tree', () => {
    const choice = choose({ algorithm: 'agglomerative', agglomerative: { ...defaultAlgorithmSettings.agglomerative, n_clusters: 3, sub_segments: 6, micro_segments: 12 } });
    const fit = fitSegments(X, choice, { seed: 1 });
    if (!fit.sub || !fit.micro) throw new Error('three levels expected');
    expect([countLabels(fit.labels), countLabels(fit.sub), countLabels(fit.micro)]).toEqual([3, 6, 12]);
    const parentOf = (child: Int32Array, parent: Int32Array) => {
      const seen = new Map<number, Set<number>>();
      child.forEach((c, i) => seen.set(c, (seen.get(c) ?? new Set()).add(parent[i])));
      return [...seen.values()].map((s) => s.size);
    };
    expect(new Set(parentOf(fit.sub, fit.labels))).toEqual(new Set([1]));
    expect(new Set(parentOf(fit.micro, fit.sub))).toEqual(new Set([1]));
    expect(fit.cutHeight).toBeGreaterThan(0);
  });

  it('cuts at the largest gap into the planted groups', () => {
    const choice = choose({ algorithm: 'agglomerative', agglomerative: { ...defaultAlgorithmSettings.agglomerative, cut: 'gap', three_levels: false } });
    expect(countLabels(fitSegments(X, choice, { seed: 1 }).labels)).toBe(3);
  });

  it('gives the mixture top probabilities in [0, 1] and counts the uncertain rows', () => {
    const choice = choose({ algorithm: 'gmm', gmm: { ...defaultAlgorithmSettings.gmm, n_components: 4, uncertainty_threshold: 0.99 } });
    const fit = fitSegments(X, choice, { seed: 2 });
    if (!fit.probability) throw new Error('probabilities expected');
    let below = 0;
    for (const p of fit.probability) {
      expect(p).toBeGreaterThanOrEqual(0.25 - 1e-12);
      expect(p).toBeLessThanOrEqual(1 + 1e-12);
      if (p < 0.99) below++;
    }
    expect(fit.uncertainCount).toBe(below);
    expect(fit.bic).not.toBeNull();
  });

  it('leaves isolated points as noise with DBSCAN', () => {
    const withOutliers = blobs(3);
    const fit = fitSegments(withOutliers.X, choose({ algorithm: 'dbscan', dbscan: { eps: 1.5, min_samples: 5, metric: 'euclidean' } }), { seed: 0 });
    expect(Array.from(fit.labels.subarray(180))).toEqual([-1, -1, -1]);
    expect(adjustedRandIndex(fit.labels, withOutliers.truth)).toBeCloseTo(1, 10);
  });
});
