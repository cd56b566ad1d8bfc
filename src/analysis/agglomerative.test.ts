// Agglomerative clustering and tree cuts against scipy.cluster.hierarchy (linkage, fcluster) on the
// fixture made by scripts/fixtures/make_hierarchy_density.py.
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/hierarchy_density.json';
import { fitAgglomerative, type Linkage } from './agglomerative';
import { cutTreeAtLargestGap, cutTreeByCount, cutTreeByHeight, cutTreeThreeLevels } from './cutTree';
import type { DistanceMetric } from './distanceMetric';
import { adjustedRandIndex } from './adjustedRandIndex';
import { defaultContext, FitStoppedError } from './fitContext';
import { matrixFromRows } from './matrix';
import { wardMerges } from './linkageWard';

const X = matrixFromRows(fixture.tree_data);

/** Labels renumbered by first appearance, so that two partitions compare as arrays. */
function canonical(labels: ArrayLike<number>): number[] {
  const seen = new Map<number, number>();
  return Array.from(labels, (l) => {
    if (!seen.has(l)) seen.set(l, seen.size);
    return seen.get(l) as number;
  });
}

describe('fitAgglomerative matches scipy linkage', () => {
  for (const ref of fixture.linkages) {
    const name = `${ref.linkage} / ${ref.metric}${ref.p ? ` p=${ref.p}` : ''}`;
    it(name, () => {
      const tree = fitAgglomerative(X, { linkage: ref.linkage as Linkage, metric: ref.metric as DistanceMetric, p: ref.p ?? undefined }, defaultContext());
      expect(tree.n).toBe(X.rows);
      expect(tree.builtOnMicroClusters).toBeNull();
      expect(tree.linkage.length).toBe(ref.Z.length * 4);
      for (let i = 0; i < ref.Z.length; i++) {
        const [a, b, h, size] = ref.Z[i];
        expect(Math.abs(tree.linkage[i * 4 + 2] - h)).toBeLessThanOrEqual(1e-9 * Math.abs(h) + 1e-15);
        expect(tree.linkage[i * 4]).toBe(a);
        expect(tree.linkage[i * 4 + 1]).toBe(b);
        expect(tree.linkage[i * 4 + 3]).toBe(size);
      }
      for (const [t, labels] of Object.entries(ref.maxclust)) {
        expect(canonical(cutTreeByCount(tree, Number(t)))).toEqual(canonical(labels));
      }
      for (const cut of ref.distance) {
        expect(canonical(cutTreeByHeight(tree, cut.t))).toEqual(canonical(cut.labels));
      }
    });
  }

  it('rejects ward with a non-euclidean metric', () => {
    expect(() => fitAgglomerative(X, { linkage: 'ward', metric: 'manhattan' }, defaultContext())).toThrow(/euclidean/);
  });

  it('stops when the context asks', () => {
    const stopping = { seed: 0, shouldStop: () => true };
    for (const linkage of ['ward', 'complete', 'single'] as const) {
      expect(() => fitAgglomerative(X, { linkage }, stopping)).toThrow(FitStoppedError);
    }
  });

  it('is deterministic', () => {
    const a = fitAgglomerative(X, { linkage: 'average', metric: 'cosine' }, defaultContext(1));
    const b = fitAgglomerative(X, { linkage: 'average', metric: 'cosine' }, defaultContext(2));
    expect(Array.from(a.linkage)).toEqual(Array.from(b.linkage));
  });
});

describe('tree cuts', () => {
  const tree = fitAgglomerative(X, { linkage: 'ward' }, defaultContext());

  it('three levels nest', () => {
    const cut = cutTreeThreeLevels(tree, { segments: 3, sub_segments: 7, micro_segments: 20 });
    expect(new Set(cut.segment).size).toBe(3);
    expect(new Set(cut.subSegment).size).toBe(7);
    expect(new Set(cut.microSegment).size).toBe(20);
    for (let i = 0; i < X.rows; i++) {
      expect(cut.segmentOfSubSegment[cut.subSegment[i]]).toBe(cut.segment[i]);
      expect(cut.subSegmentOfMicroSegment[cut.microSegment[i]]).toBe(cut.subSegment[i]);
    }
    expect(() => cutTreeThreeLevels(tree, { segments: 5, sub_segments: 3, micro_segments: 9 })).toThrow(/nest/);
  });

  it('cuts at the largest gap between merge heights', () => {
    const cut = cutTreeAtLargestGap(tree);
    const h = tree.heights, n = tree.n;
    for (let k = 2; k < n; k++) expect(h[n - k] - h[n - k - 1]).toBeLessThanOrEqual(cut.gap);
    expect(new Set(cut.labels).size).toBe(cut.n_clusters);
    expect(canonical(cut.labels)).toEqual(canonical(cutTreeByHeight(tree, cut.height)));
    const bounded = cutTreeAtLargestGap(tree, { min_clusters: 4, max_clusters: 6 });
    expect(bounded.n_clusters).toBeGreaterThanOrEqual(4);
    expect(bounded.n_clusters).toBeLessThanOrEqual(6);
  });

  it('numbers clusters by first appearance', () => {
    const labels = cutTreeByCount(tree, 5);
    expect(Array.from(labels)).toEqual(canonical(labels));
  });
});

describe('fitAgglomerative on micro-clusters', () => {
  it('builds on weighted k-means centres and maps labels back to every row', () => {
    const exact = fitAgglomerative(X, { linkage: 'ward' }, defaultContext());
    const tree = fitAgglomerative(X, { linkage: 'ward', micro_cluster_threshold: 100, n_micro_clusters: 40 }, defaultContext(3));
    expect(tree.builtOnMicroClusters).toBe(tree.n);
    expect(tree.n).toBeLessThanOrEqual(40);
    expect(tree.leafOfRow?.length).toBe(X.rows);
    expect(tree.linkage[(tree.n - 2) * 4 + 3]).toBe(X.rows);
    const labels = cutTreeByCount(tree, 5);
    expect(labels.length).toBe(X.rows);
    expect(new Set(labels).size).toBe(5);
    // Rows of one micro-cluster share a segment; on these blobs the segments match the exact tree's.
    const leafOfRow = tree.leafOfRow as Int32Array;
    const segmentOfLeaf = new Map<number, number>();
    for (let i = 0; i < X.rows; i++) {
      if (!segmentOfLeaf.has(leafOfRow[i])) segmentOfLeaf.set(leafOfRow[i], labels[i]);
      expect(labels[i]).toBe(segmentOfLeaf.get(leafOfRow[i]));
    }
    expect(adjustedRandIndex(labels, cutTreeByCount(exact, 5))).toBeGreaterThan(0.9);
    const again = fitAgglomerative(X, { linkage: 'ward', micro_cluster_threshold: 100, n_micro_clusters: 40 }, defaultContext(3));
    expect(Array.from(again.linkage)).toEqual(Array.from(tree.linkage));
  });
});

describe('ward on larger data', () => {
  it('matches scipy on 1,200 rows', () => {
    const data = matrixFromRows(fixture.ward_large.data);
    const tree = fitAgglomerative(data, { linkage: 'ward' }, defaultContext());
    fixture.ward_large.heights.forEach((h, i) => {
      expect(Math.abs(tree.heights[i] - h)).toBeLessThanOrEqual(1e-9 * h);
    });
    expect(canonical(cutTreeByCount(tree, 6))).toEqual(canonical(fixture.ward_large.maxclust6));
  });

  it('weights act as repeated rows', () => {
    // Each of the first 150 rows repeated 1-3 times: the weighted tree is the repeated tree's top part.
    const rows = fixture.tree_data.slice(0, 150);
    const weights = Float64Array.from(rows, (_, i) => 1 + (i % 3));
    const repeated = rows.flatMap((row, i) => Array.from({ length: weights[i] }, () => row));
    const weighted = wardMerges(matrixFromRows(rows), weights, defaultContext());
    const expanded = fitAgglomerative(matrixFromRows(repeated), { linkage: 'ward' }, defaultContext());
    const weightedHeights = Array.from(weighted.height).sort((a, b) => a - b);
    const top = Array.from(expanded.heights).slice(repeated.length - rows.length);
    weightedHeights.forEach((h, i) => expect(Math.abs(h - top[i])).toBeLessThanOrEqual(1e-9 * top[i]));
  });
});
