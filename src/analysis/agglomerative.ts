// Agglomerative (hierarchical) clustering: builds the full dendrogram in scipy's linkage format with
// the nearest-neighbour chain (ward, complete, average) or Prim's spanning tree (single).
import { checkStop, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { rowDistance, type DistanceMetric } from './distanceMetric';
import { toLinkageMatrix, type RawMerges } from './linkageMatrix';
import { wardMerges } from './linkageWard';
import { matrixLinkageMerges } from './linkageNnChain';
import { primMinimumSpanningTree } from './minimumSpanningTree';
import { microClusters } from './microClusters';

export type Linkage = 'ward' | 'complete' | 'average' | 'single';

export interface AgglomerativeParams {
  /** Merge criterion, as scikit-learn's AgglomerativeClustering (default 'ward'). */
  linkage?: Linkage;
  /** Distance between rows (default 'euclidean'); ward accepts euclidean only. */
  metric?: DistanceMetric;
  /** Minkowski exponent (default 2). */
  p?: number;
  /**
   * Above this many rows the tree is built on k-means micro-clusters (default 20,000 for ward and
   * single; 8,000 for complete and average, whose distance matrix holds n(n-1)/2 doubles: 256 MB at 8,000).
   * Infinity forces an exact tree.
   */
  micro_cluster_threshold?: number;
  /** Micro-clusters to build on large data (default 1,500). */
  n_micro_clusters?: number;
}

/** A dendrogram over `n` leaves; leaves are the rows of the data. */
export interface AgglomerativeResult {
  /**
   * scipy linkage matrix, (n - 1) x 4 row-major: [idx1, idx2, height, size]; row i creates cluster n + i.
   * On micro-clusters, size counts data rows.
   */
  linkage: Float64Array;
  /** Number of leaves (rows, or micro-clusters). */
  n: number;
  /** Merge heights in increasing order (column 2 of the linkage). */
  heights: Float64Array;
  method: Linkage;
  metric: DistanceMetric;
  /** Number of micro-clusters the tree was built on, or null when every row is a leaf. */
  builtOnMicroClusters: number | null;
  /** Leaf of every data row when built on micro-clusters, null when leaf i is row i. */
  leafOfRow: Int32Array | null;
}

/** Runs the merge algorithm that fits the linkage on the given rows (optionally weighted). */
export function linkageMerges(X: Matrix, linkage: Linkage, metric: DistanceMetric, p: number,
  weights: Float64Array | null, ctx: FitContext): RawMerges {
  if (linkage === 'ward') {
    if (metric !== 'euclidean') {
      throw new Error(`Ward linkage works on euclidean distances only (got metric "${metric}"); choose euclidean or another linkage`);
    }
    return wardMerges(X, weights, ctx);
  }
  if (linkage === 'single') return primMinimumSpanningTree(X, metric, p, null, ctx, 'single linkage');
  if (linkage === 'complete' || linkage === 'average') return matrixLinkageMerges(X.rows, rowDistance(X, metric, p), linkage, weights, ctx);
  throw new Error(`Unknown linkage "${String(linkage)}"; use ward, complete, average or single`);
}

export function fitAgglomerative(X: Matrix, params: AgglomerativeParams, ctx: FitContext): AgglomerativeResult {
  const method = params.linkage ?? 'ward';
  const metric = params.metric ?? 'euclidean';
  const p = params.p ?? 2;
  checkStop(ctx);
  if (X.rows < 1) throw new Error('Hierarchical clustering needs at least one row');
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i])) {
      throw new Error(`Row ${Math.floor(i / X.cols)} has a missing or infinite value; impute or drop it before clustering`);
    }
  }
  const threshold = params.micro_cluster_threshold ?? (method === 'complete' || method === 'average' ? 8_000 : 20_000);
  if (X.rows > threshold) {
    // Ward on micro-clusters weighted by their sizes is Ward on the data with each micro-cluster
    // already merged; the other linkages treat the centres as points (average weights them by size).
    const micro = microClusters(X, params.n_micro_clusters ?? 1_500, ctx);
    const merges = linkageMerges(micro.centers, method, metric, p, micro.sizes, ctx);
    const n = micro.centers.rows;
    return treeResult(toLinkageMatrix(merges, n, micro.sizes), n, method, metric, n, micro.assignment);
  }
  const merges = linkageMerges(X, method, metric, p, null, ctx);
  return treeResult(toLinkageMatrix(merges, X.rows), X.rows, method, metric, null, null);
}

export function treeResult(linkage: Float64Array, n: number, method: Linkage, metric: DistanceMetric,
  builtOnMicroClusters: number | null, leafOfRow: Int32Array | null): AgglomerativeResult {
  const heights = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < heights.length; i++) heights[i] = linkage[i * 4 + 2];
  return { linkage, n, heights, method, metric, builtOnMicroClusters, leafOfRow };
}
