// HDBSCAN: core distances and the mutual-reachability tree against scikit-learn / scipy, then (sklearn 1.2
// has no HDBSCAN) planted blobs with noise: recovers the clusters, flags the noise, keeps tree invariants.
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/hierarchy_density.json';
import { adjustedRandIndex } from './adjustedRandIndex';
import { defaultContext } from './fitContext';
import { fitHDBSCAN } from './hdbscan';
import { matrixFromRows, type Matrix } from './matrix';
import { createRandom } from './random';

/** Four tight blobs of 100 points, 10 apart, then 40 uniform noise points over [0, 30]^3. */
function plantedBlobs(seed: number): { X: Matrix; truth: Int32Array } {
  const rng = createRandom(seed);
  const centers = [[10, 10, 10], [20, 10, 10], [10, 20, 10], [10, 10, 20]];
  const rows: number[] = [];
  const truth: number[] = [];
  centers.forEach((c, k) => {
    for (let i = 0; i < 100; i++) {
      rows.push(c[0] + 0.5 * rng.normal(), c[1] + 0.5 * rng.normal(), c[2] + 0.5 * rng.normal());
      truth.push(k);
    }
  });
  for (let i = 0; i < 40; i++) {
    rows.push(30 * rng.next(), 30 * rng.next(), 30 * rng.next());
    truth.push(-1);
  }
  return { X: { data: Float64Array.from(rows), rows: truth.length, cols: 3 }, truth: Int32Array.from(truth) };
}

describe('fitHDBSCAN mutual reachability', () => {
  it('core distances and merge heights equal NearestNeighbors and scipy single linkage', () => {
    const ref = fixture.mutual_reachability;
    const result = fitHDBSCAN(matrixFromRows(fixture.density_data), { min_cluster_size: 5, min_samples: ref.min_samples }, defaultContext());
    ref.core_distances.forEach((c, i) => expect(Math.abs(result.core_distances[i] - c)).toBeLessThanOrEqual(1e-9 * c));
    ref.heights.forEach((h, i) => expect(Math.abs(result.single_linkage_tree[i * 4 + 2] - h)).toBeLessThanOrEqual(1e-9 * h));
  });
});

describe('fitHDBSCAN', () => {
  const { X, truth } = plantedBlobs(42);
  const result = fitHDBSCAN(X, { min_cluster_size: 15 }, defaultContext());

  it('recovers the planted clusters and flags the noise', () => {
    expect(result.n_clusters).toBe(4);
    expect(adjustedRandIndex(result.labels.slice(0, 400), truth.slice(0, 400))).toBeGreaterThan(0.95);
    expect(adjustedRandIndex(result.labels, truth)).toBeGreaterThan(0.9);
    expect(result.labels.slice(0, 400).filter((l) => l === -1).length).toBeLessThan(10);
    // Background points near a blob fall out of it only after it forms, so HDBSCAN keeps them as weak
    // members: most noise is labelled -1 and the rest has a lower membership strength than any blob point.
    const noise = Array.from({ length: 40 }, (_, i) => 400 + i);
    expect(noise.filter((i) => result.labels[i] === -1).length).toBeGreaterThanOrEqual(25);
    const weakestBlobPoint = Math.min(...result.probabilities.slice(0, 400).filter((p) => p > 0));
    for (const i of noise) if (result.labels[i] >= 0) expect(result.probabilities[i]).toBeLessThan(weakestBlobPoint);
    expect(result.n_noise).toBe(result.labels.filter((l) => l === -1).length);
  });

  it('keeps its invariants', () => {
    const sizes = new Map<number, number>();
    for (const l of result.labels) if (l >= 0) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    expect([...sizes.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(15);
    for (let i = 0; i < X.rows; i++) {
      const p = result.probabilities[i];
      if (result.labels[i] < 0) expect(p).toBe(0); else { expect(p).toBeGreaterThan(0); expect(p).toBeLessThanOrEqual(1); }
    }
    // Every point leaves the condensed tree exactly once; cluster children have at least min_cluster_size points.
    const tree = result.condensed_tree;
    const seen = new Uint8Array(X.rows);
    for (let e = 0; e < tree.parent.length; e++) {
      expect(tree.parent[e]).toBeGreaterThanOrEqual(X.rows);
      if (tree.child[e] < X.rows) seen[tree.child[e]]++;
      else { expect(tree.childSize[e]).toBeGreaterThanOrEqual(15); expect(tree.child[e]).toBeGreaterThan(tree.parent[e]); }
    }
    expect(Array.from(seen).every((v) => v === 1)).toBe(true);
    for (const persistence of result.cluster_persistence) expect(persistence).toBeGreaterThan(0);
    // Core distance with min_samples = 15 counts the point itself: at least the 14th other neighbour.
    for (let i = 0; i < X.rows; i += 23) {
      const distances: number[] = [];
      for (let j = 0; j < X.rows; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += (X.data[i * 3 + k] - X.data[j * 3 + k]) ** 2;
        distances.push(Math.sqrt(s));
      }
      distances.sort((a, b) => a - b);
      expect(result.core_distances[i]).toBeCloseTo(distances[14], 12);
    }
  });

  it('is deterministic and nearly independent of row order', () => {
    const again = fitHDBSCAN(X, { min_cluster_size: 15 }, defaultContext(9));
    expect(Array.from(again.labels)).toEqual(Array.from(result.labels));
    const reversed: Matrix = { data: new Float64Array(X.data.length), rows: X.rows, cols: 3 };
    for (let i = 0; i < X.rows; i++) reversed.data.set(X.data.subarray((X.rows - 1 - i) * 3, (X.rows - i) * 3), i * 3);
    const flipped = fitHDBSCAN(reversed, { min_cluster_size: 15 }, defaultContext());
    const back = Int32Array.from({ length: X.rows }, (_, i) => flipped.labels[X.rows - 1 - i]);
    // Mutual-reachability distances tie often (many equal a core distance), and the spanning tree picks
    // among ties by row order, so a few weak members may move; the clusters stay the same.
    expect(flipped.n_clusters).toBe(result.n_clusters);
    expect(adjustedRandIndex(back, result.labels)).toBeGreaterThan(0.98);
  });

  it('rejects impossible parameters', () => {
    expect(() => fitHDBSCAN(X, { min_cluster_size: 1 }, defaultContext())).toThrow(/min_cluster_size/);
  });
});
