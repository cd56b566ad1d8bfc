// DBSCAN, the kd-tree and k-distances against scikit-learn (DBSCAN, NearestNeighbors) on the fixture
// made by scripts/fixtures/make_hierarchy_density.py.
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/hierarchy_density.json';
import { fitDBSCAN } from './dbscan';
import type { DensityMetric } from './densityMetric';
import { rowDistance } from './distanceMetric';
import { defaultContext } from './fitContext';
import { kDistances, suggestEps } from './kDistances';
import { KdTree } from './kdTree';
import { matrixFromRows } from './matrix';

const X = matrixFromRows(fixture.density_data);

describe('fitDBSCAN matches scikit-learn', () => {
  for (const ref of fixture.dbscan) {
    it(`${ref.metric} eps=${ref.eps} min_samples=${ref.min_samples}`, () => {
      const metric = ref.metric as DensityMetric;
      const result = fitDBSCAN(X, { eps: ref.eps, min_samples: ref.min_samples, metric }, defaultContext());
      expect(Array.from(result.core_sample_indices)).toEqual(ref.core_sample_indices);
      const isCore = new Set(ref.core_sample_indices);
      const distance = rowDistance(X, metric);
      let borderDifferences = 0;
      for (let i = 0; i < X.rows; i++) {
        if (isCore.has(i) || ref.labels[i] === -1) {
          expect(result.labels[i]).toBe(ref.labels[i]);
        } else if (result.labels[i] !== ref.labels[i]) {
          // A border point reachable from two clusters: scikit-learn's neighbour order picked one.
          borderDifferences++;
          for (const label of [result.labels[i], ref.labels[i]]) {
            const reachable = ref.core_sample_indices.some((j) => ref.labels[j] === label && distance(i, j) <= ref.eps);
            expect(reachable).toBe(true);
          }
        }
      }
      expect(borderDifferences).toBeLessThanOrEqual(3);
      expect(result.n_clusters).toBe(new Set(ref.labels.filter((l) => l >= 0)).size);
      expect(result.n_noise).toBe(ref.labels.filter((l) => l === -1).length);
    });
  }

  it('is deterministic and rejects a bad eps', () => {
    const a = fitDBSCAN(X, { eps: 0.8 }, defaultContext(1));
    const b = fitDBSCAN(X, { eps: 0.8 }, defaultContext(2));
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(() => fitDBSCAN(X, { eps: 0 }, defaultContext())).toThrow(/eps/);
  });
});

describe('k-distances', () => {
  for (const ref of fixture.kdistances) {
    it(`${ref.metric} k=${ref.k} equals NearestNeighbors`, () => {
      const kd = kDistances(X, ref.k, ref.metric as DensityMetric);
      expect(kd.length).toBe(ref.sorted.length);
      for (let i = 0; i < kd.length; i++) {
        expect(Math.abs(kd[i] - ref.sorted[i])).toBeLessThanOrEqual(1e-9 * ref.sorted[i] + 1e-12);
      }
    });
  }

  it('suggests an eps at the knee of the curve', () => {
    const ref = fixture.kdistances[0];
    const kd = Float64Array.from(ref.sorted);
    const eps = suggestEps(kd);
    const i = kd.indexOf(eps);
    const m = kd.length - 1;
    const scaled = (j: number): number => j / m - (kd[j] - kd[0]) / (kd[m] - kd[0]);
    for (let j = 0; j <= m; j++) expect(scaled(j)).toBeLessThanOrEqual(scaled(i));
    // On blobs with background noise, the knee separates most points (inside blobs) from the noise.
    const below = kd.filter((v) => v <= eps).length / kd.length;
    expect(below).toBeGreaterThan(0.5);
    expect(below).toBeLessThan(1);
  });
});

describe('KdTree', () => {
  it('radius and k-nearest queries equal a brute-force scan', () => {
    for (const metric of ['euclidean', 'manhattan'] as const) {
      const tree = new KdTree(X, 8);
      const distance = rowDistance(X, metric);
      const index = new Int32Array(7), dist = new Float64Array(7);
      for (let q = 0; q < X.rows; q += 37) {
        const found: number[] = [];
        tree.radiusNeighbours(X.data, q * X.cols, 1.1, metric, (row) => found.push(row));
        const expected: number[] = [];
        for (let j = 0; j < X.rows; j++) if (distance(q, j) <= 1.1) expected.push(j);
        expect(found.sort((a, b) => a - b)).toEqual(expected);
        tree.kNearest(X.data, q * X.cols, 7, metric, index, dist);
        const all = Array.from({ length: X.rows }, (_, j) => distance(q, j)).sort((a, b) => a - b);
        for (let k = 0; k < 7; k++) {
          expect(dist[k]).toBeCloseTo(all[k], 12);
          expect(distance(q, index[k])).toBeCloseTo(all[k], 12);
        }
      }
    }
  });

  it('self radius neighbourhoods equal a brute-force scan', () => {
    for (const [metric, radius] of [['euclidean', 0.9], ['manhattan', 1.4]] as const) {
      const lists = new KdTree(X, 16).selfRadiusNeighbourLists(radius, metric);
      const distance = rowDistance(X, metric);
      for (let i = 0; i < X.rows; i++) {
        const found = Array.from(lists.indices.subarray(lists.offsets[i], lists.offsets[i + 1])).sort((a, b) => a - b);
        const expected: number[] = [];
        for (let j = 0; j < X.rows; j++) if (distance(i, j) <= radius) expected.push(j);
        expect(found).toEqual(expected);
      }
    }
  });

  it('nearest from a starting candidate equals a brute-force scan', () => {
    const tree = new KdTree(X, 8);
    const distance = rowDistance(X, 'euclidean');
    const query = new Float64Array([6, 7, 5]);
    for (let q = 0; q < X.rows; q += 29) {
      const start = (q * 7) % X.rows;
      const found = tree.nearest(X.data, q * X.cols, 'euclidean', start, distance(q, start) ** 2);
      expect(distance(q, found)).toBe(0);
    }
    const found = tree.nearest(query, 0, 'euclidean', -1, Infinity);
    let best = -1, bestDistance = Infinity;
    for (let j = 0; j < X.rows; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (X.data[j * 3 + k] - query[k]) ** 2;
      if (s < bestDistance) { bestDistance = s; best = j; }
    }
    expect(found).toBe(best);
    expect(tree.lastDistance).toBeCloseTo(bestDistance, 12);
  });
});
