// Tests the validation job against the metric functions it wraps, its refusal of a single segment,
// the bootstrap verdicts on clear and on arbitrary segments, and the thinned k-distance curve.
import { describe, expect, it } from 'vitest';
import { validateSegments } from './validateSegments';
import { kDistanceCurve } from './kDistanceCurve';
import { fitSegments } from './fitSegments';
import { defaultAlgorithmSettings, type AlgorithmChoice } from './algorithmChoice';
import { createRandom } from '../analysis/random';
import { silhouetteScore } from '../analysis/silhouette';
import { calinskiHarabasz } from '../analysis/calinskiHarabasz';
import { daviesBouldin } from '../analysis/daviesBouldin';
import { dunnIndex } from '../analysis/dunnIndex';
import { kDistances, suggestEps } from '../analysis/kDistances';
import type { Matrix } from '../analysis/matrix';

function blobs(rows: number, spread: number, seed: number): Matrix {
  const rng = createRandom(seed);
  const data = new Float64Array(rows * 2);
  for (let i = 0; i < rows; i++) {
    data[i * 2] = (i % 3) * 8 + spread * (rng.next() - 0.5);
    data[i * 2 + 1] = (i % 3 === 2 ? 8 : 0) + spread * (rng.next() - 0.5);
  }
  return { data, rows, cols: 2 };
}

const kmeans = (k: number): AlgorithmChoice => ({ algorithm: 'kmeans', params: { ...defaultAlgorithmSettings.kmeans, n_clusters: k, n_init: 2 } });

describe('validateSegments', () => {
  it('reports the same metrics as the metric functions, exact on small data', () => {
    const X = blobs(150, 2, 1);
    const labels = fitSegments(X, kmeans(3), { seed: 4 }).labels;
    const result = validateSegments(X, { labels, choice: kmeans(3), seed: 4, n_boot: 0 }, { seed: 4 });
    expect(result.problem).toBeNull();
    expect(result.sampled).toBeNull();
    expect(result.silhouette).toBeCloseTo(silhouetteScore(X, labels).score, 12);
    expect(result.calinskiHarabasz).toBeCloseTo(calinskiHarabasz(X, labels), 9);
    expect(result.daviesBouldin).toBeCloseTo(daviesBouldin(X, labels), 12);
    expect(result.dunn).toBeCloseTo(dunnIndex(X, labels), 12);
    expect(result.stability).toBeNull();
  });

  it('calls well separated segments stable', () => {
    const X = blobs(150, 1, 2);
    const labels = fitSegments(X, kmeans(3), { seed: 1 }).labels;
    const result = validateSegments(X, { labels, choice: kmeans(3), seed: 1, n_boot: 8 }, { seed: 1 });
    expect(result.stability?.n_boot).toBe(8);
    expect(result.stability?.segments.map((s) => s.verdict)).toEqual(['stable', 'stable', 'stable']);
    for (const s of result.stability?.segments ?? []) expect(s.meanJaccard).toBeGreaterThanOrEqual(0.75);
  });

  it('does not call arbitrary cuts of one round cloud all stable', () => {
    const rng = createRandom(5);
    const data = Float64Array.from({ length: 400 }, () => rng.next());
    const X = { data, rows: 200, cols: 2 };
    const labels = fitSegments(X, kmeans(8), { seed: 1 }).labels;
    const result = validateSegments(X, { labels, choice: kmeans(8), seed: 1, n_boot: 8 }, { seed: 1 });
    expect(result.stability?.segments.some((s) => s.verdict !== 'stable')).toBe(true);
  });

  it('explains why a single segment cannot be validated', () => {
    const X = blobs(30, 1, 3);
    const result = validateSegments(X, { labels: new Int32Array(30), choice: kmeans(2), seed: 0, n_boot: 5 }, { seed: 0 });
    expect(result.silhouette).toBeNull();
    expect(result.problem).toMatch(/at least two segments.*1 segment\b/);
  });
});

describe('kDistanceCurve', () => {
  it('thins the sorted k-distances to at most 400 points, keeping both ends, with the knee eps', () => {
    const X = blobs(1000, 3, 6);
    const curve = kDistanceCurve(X, 5, 'euclidean', { seed: 0 });
    const full = kDistances(X, 5);
    expect(curve.rows).toBe(1000);
    expect(curve.values.length).toBe(400);
    expect([curve.positions[0], curve.positions[399]]).toEqual([0, 999]);
    expect([curve.values[0], curve.values[399]]).toEqual([full[0], full[999]]);
    curve.positions.forEach((rank, p) => expect(curve.values[p]).toBe(full[rank]));
    expect(curve.suggestedEps).toBe(suggestEps(full));
  });
});
