// HDBSCAN (scikit-learn 1.3 / hdbscan library semantics): core distances, the mutual-reachability
// minimum spanning tree, the condensed tree and excess-of-mass selection. Noise is -1.
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { KdTree } from './kdTree';
import { densitySpace, type DensityMetric } from './densityMetric';
import { primMinimumSpanningTree } from './minimumSpanningTree';
import { toLinkageMatrix } from './linkageMatrix';
import { condenseTree, selectClusters, type CondensedTree } from './hdbscanCondensedTree';

export interface HDBSCANParams {
  /** Smallest group that counts as a cluster (default 5). */
  min_cluster_size?: number;
  /** Neighbours, the point itself included, whose distance is a point's core distance (default min_cluster_size). */
  min_samples?: number;
  metric?: DensityMetric;
}

export interface HDBSCANResult {
  labels: Int32Array;
  /** Strength of each point's membership in its cluster, 0 for noise. */
  probabilities: Float64Array;
  n_clusters: number;
  n_noise: number;
  /** Excess of mass of each cluster, by label. */
  cluster_persistence: Float64Array;
  core_distances: Float64Array;
  /** Single-linkage tree of the mutual-reachability distances, scipy linkage format ((n - 1) x 4). */
  single_linkage_tree: Float64Array;
  condensed_tree: CondensedTree;
}

/**
 * O(n^2) time (Prim over mutual-reachability distances computed on the fly) and O(n) memory beyond
 * the condensed tree; suited to tens of thousands of rows.
 */
export function fitHDBSCAN(X: Matrix, params: HDBSCANParams, ctx: FitContext): HDBSCANResult {
  const minClusterSize = params.min_cluster_size ?? 5;
  const minSamples = params.min_samples ?? minClusterSize;
  const metric = params.metric ?? 'euclidean';
  const n = X.rows;
  if (!(minClusterSize >= 2)) throw new Error(`min_cluster_size must be at least 2, got ${minClusterSize}`);
  if (!(minSamples >= 1 && minSamples <= n)) throw new Error(`min_samples must be between 1 and the number of rows (${n}), got ${minSamples}`);
  const progress = throttledProgress(ctx);
  checkStop(ctx);

  const space = densitySpace(X, metric);
  const tree = new KdTree(space.points);
  const coreDistances = new Float64Array(n);
  const index = new Int32Array(minSamples), distance = new Float64Array(minSamples);
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 0) { checkStop(ctx); progress(0.1 * i / n, 'core distances'); }
    tree.kNearest(space.points.data, i * X.cols, minSamples, space.treeMetric, index, distance);
    coreDistances[i] = space.fromTreeDistance(distance[minSamples - 1]);
  }

  const spanningCtx: FitContext = { ...ctx, onProgress: (f) => progress(0.1 + 0.85 * f, 'mutual reachability tree') };
  const edges = primMinimumSpanningTree(X, metric, 2, coreDistances, spanningCtx, 'mutual reachability tree');
  const singleLinkage = toLinkageMatrix(edges, n);
  checkStop(ctx);
  const condensed = condenseTree(singleLinkage, n, minClusterSize);
  const selection = selectClusters(condensed);
  let noise = 0;
  for (let i = 0; i < n; i++) if (selection.labels[i] < 0) noise++;
  progress(1, 'clusters');
  return {
    labels: selection.labels, probabilities: selection.probabilities, n_clusters: selection.selected.length,
    n_noise: noise, cluster_persistence: selection.persistence, core_distances: coreDistances,
    single_linkage_tree: singleLinkage, condensed_tree: condensed,
  };
}
