// Flat clusterings cut from a dendrogram: by number of clusters, by height, at the largest gap between
// merge heights, and a nested three-level cut (segments > sub-segments > micro-segments).
import type { AgglomerativeResult } from './agglomerative';

/** The part of a fitted tree a cut needs. */
export type Dendrogram = Pick<AgglomerativeResult, 'linkage' | 'n' | 'heights' | 'leafOfRow'>;

/**
 * Row labels (0-based, numbered by first appearance in row order, like scipy's cut_tree) after
 * applying the first `mergeCount` merges of the tree.
 */
export function labelsAfterMerges(tree: Dendrogram, mergeCount: number): Int32Array {
  const { linkage, n } = tree;
  const applied = Math.max(0, Math.min(n - 1, Math.floor(mergeCount)));
  // Each leaf's cluster: walk the merges, pointing both children at the new node, then resolve.
  const parent = new Int32Array(2 * n - 1).fill(-1);
  for (let i = 0; i < applied; i++) {
    parent[linkage[i * 4]] = n + i;
    parent[linkage[i * 4 + 1]] = n + i;
  }
  const root = new Int32Array(2 * n - 1);
  for (let node = 2 * n - 2; node >= 0; node--) {
    // A parent always has a larger id than its children, so it is resolved first.
    root[node] = parent[node] < 0 ? node : root[parent[node]];
  }
  const rows = tree.leafOfRow ? tree.leafOfRow.length : n;
  const labels = new Int32Array(rows);
  const labelOfRoot = new Int32Array(2 * n - 1).fill(-1);
  let next = 0;
  for (let r = 0; r < rows; r++) {
    const leaf = tree.leafOfRow ? tree.leafOfRow[r] : r;
    const top = root[leaf];
    if (labelOfRoot[top] < 0) labelOfRoot[top] = next++;
    labels[r] = labelOfRoot[top];
  }
  return labels;
}

/** `n_clusters` clusters (like scipy's cut_tree / fcluster 'maxclust' when heights are distinct). */
export function cutTreeByCount(tree: Dendrogram, n_clusters: number): Int32Array {
  if (!(n_clusters >= 1)) throw new Error(`The number of clusters must be at least 1, got ${n_clusters}`);
  const k = Math.min(tree.n, Math.floor(n_clusters));
  return labelsAfterMerges(tree, tree.n - k);
}

/** Clusters whose members merge at or below `height` (scipy's fcluster criterion 'distance'). */
export function cutTreeByHeight(tree: Dendrogram, height: number): Int32Array {
  return labelsAfterMerges(tree, mergesAtOrBelow(tree.heights, height));
}

/** Number of merges with height <= t (heights are sorted). */
function mergesAtOrBelow(heights: Float64Array, t: number): number {
  let lo = 0, hi = heights.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (heights[mid] <= t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export interface GapCut {
  labels: Int32Array;
  n_clusters: number;
  /** A height inside the chosen gap (its midpoint). */
  height: number;
  /** Size of the gap: next merge height minus the last applied one. */
  gap: number;
}

/**
 * Cuts where the dendrogram has its longest vertical stretch without a merge, choosing between
 * min_clusters and max_clusters clusters; ties go to fewer clusters.
 */
export function cutTreeAtLargestGap(tree: Dendrogram, options: { min_clusters?: number; max_clusters?: number } = {}): GapCut {
  const { n, heights } = tree;
  if (n < 3) throw new Error('A gap cut needs at least three leaves');
  const low = Math.max(2, Math.floor(options.min_clusters ?? 2));
  const high = Math.min(n - 1, Math.floor(options.max_clusters ?? n - 1));
  if (low > high) throw new Error(`No cut between ${options.min_clusters} and ${options.max_clusters} clusters on ${n} leaves`);
  let best = low, bestGap = -Infinity;
  for (let k = low; k <= high; k++) {
    const gap = heights[n - k] - heights[n - k - 1];
    if (gap > bestGap) { bestGap = gap; best = k; }
  }
  return {
    labels: labelsAfterMerges(tree, n - best),
    n_clusters: best,
    height: (heights[n - best] + heights[n - best - 1]) / 2,
    gap: bestGap,
  };
}

export interface ThreeLevelCut {
  segment: Int32Array;
  subSegment: Int32Array;
  microSegment: Int32Array;
  /** Segment containing each sub-segment. */
  segmentOfSubSegment: Int32Array;
  /** Sub-segment containing each micro-segment. */
  subSegmentOfMicroSegment: Int32Array;
}

/**
 * Three cuts of the same tree; each level refines the one above because a cut with more clusters
 * undoes a superset of merges. Counts must satisfy segments <= sub_segments <= micro_segments.
 */
export function cutTreeThreeLevels(tree: Dendrogram, counts: { segments: number; sub_segments: number; micro_segments: number }): ThreeLevelCut {
  const { segments, sub_segments, micro_segments } = counts;
  if (!(segments <= sub_segments && sub_segments <= micro_segments)) {
    throw new Error(`Levels must nest: segments (${segments}) <= sub-segments (${sub_segments}) <= micro-segments (${micro_segments})`);
  }
  const segment = cutTreeByCount(tree, segments);
  const subSegment = cutTreeByCount(tree, sub_segments);
  const microSegment = cutTreeByCount(tree, micro_segments);
  return {
    segment, subSegment, microSegment,
    segmentOfSubSegment: parentLabels(subSegment, segment),
    subSegmentOfMicroSegment: parentLabels(microSegment, subSegment),
  };
}

function parentLabels(child: Int32Array, parent: Int32Array): Int32Array {
  let count = 0;
  for (let i = 0; i < child.length; i++) count = Math.max(count, child[i] + 1);
  const out = new Int32Array(count).fill(-1);
  for (let i = 0; i < child.length; i++) out[child[i]] = parent[i];
  return out;
}
