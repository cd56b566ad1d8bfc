// Bootstrap stability: planted blobs are stable, uniform noise cut into too many segments is not,
// and a seed reproduces the result.
import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import type { Matrix } from './matrix';
import { fitKMeans } from './kmeans';
import { bootstrapStability, stabilityVerdict, type Refit } from './bootstrapStability';

function plantedBlobs(n: number, seed: number): Matrix {
  const rng = createRandom(seed);
  const centres = [[0, 0], [8, 0], [0, 8]];
  const data = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    const c = centres[i % 3];
    data[i * 2] = c[0] + rng.normal();
    data[i * 2 + 1] = c[1] + rng.normal();
  }
  return { data, rows: n, cols: 2 };
}

function uniformNoise(n: number, d: number, seed: number): Matrix {
  const rng = createRandom(seed);
  return { data: Float64Array.from({ length: n * d }, () => rng.next()), rows: n, cols: d };
}

const kmeansRefit = (k: number): Refit => (Xb, seed) => fitKMeans(Xb, { n_clusters: k, n_init: 1 }, { seed }).labels;

describe('bootstrapStability', () => {
  it('finds planted blobs stable', () => {
    const X = plantedBlobs(300, 1);
    const labels = fitKMeans(X, { n_clusters: 3 }, { seed: 0 }).labels;
    const result = bootstrapStability(X, labels, kmeansRefit(3), { n_boot: 20, seed: 5 });
    expect(result.segments).toHaveLength(3);
    for (const segment of result.segments) {
      expect(segment.meanJaccard).toBeGreaterThan(0.95);
      expect(segment.verdict).toBe('stable');
      expect(segment.recovered).toBe(20);
    }
  });

  it('finds uniform noise cut into too many segments unstable', () => {
    const X = uniformNoise(400, 6, 2);
    const labels = fitKMeans(X, { n_clusters: 12, n_init: 1 }, { seed: 0 }).labels;
    const result = bootstrapStability(X, labels, kmeansRefit(12), { n_boot: 20, seed: 5 });
    expect(result.meanJaccard).toBeLessThan(0.6);
    const unstable = result.segments.filter((s) => s.verdict === 'unstable').length;
    expect(unstable).toBeGreaterThan(result.segments.length / 2);
    expect(result.segments.some((s) => s.dissolved > 0)).toBe(true);
  });

  it('gives the same result for the same seed, and leaves noise out of the segments', () => {
    const X = plantedBlobs(150, 3);
    const labels = fitKMeans(X, { n_clusters: 3 }, { seed: 0 }).labels;
    labels[0] = -1;
    const a = bootstrapStability(X, labels, kmeansRefit(3), { n_boot: 6, seed: 9 });
    const b = bootstrapStability(X, labels, kmeansRefit(3), { n_boot: 6, seed: 9 });
    expect(a.segments.map((s) => Array.from(s.jaccards))).toEqual(b.segments.map((s) => Array.from(s.jaccards)));
    expect(a.segments.map((s) => s.label).sort()).toEqual([0, 1, 2]);
    expect(a.segments.reduce((s, seg) => s + seg.size, 0)).toBe(149);
  });

  it('reads mean Jaccard with Hennig\'s thresholds', () => {
    expect(stabilityVerdict(0.75)).toBe('stable');
    expect(stabilityVerdict(0.7)).toBe('doubtful');
    expect(stabilityVerdict(0.6)).toBe('doubtful');
    expect(stabilityVerdict(0.59)).toBe('unstable');
  });
});
