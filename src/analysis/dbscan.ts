// DBSCAN with a kd-tree for the eps-neighbourhoods; labels exactly as scikit-learn's DBSCAN: noise -1,
// clusters numbered in the order their first core point appears in row order.
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { KdTree } from './kdTree';
import { densitySpace, type DensityMetric } from './densityMetric';

export interface DBSCANParams {
  /** Neighbourhood radius in the metric's units (default 0.5, as scikit-learn). */
  eps?: number;
  /** Points within eps, the point itself included, that make a core point (default 5). */
  min_samples?: number;
  metric?: DensityMetric;
}

export interface DBSCANResult {
  /** Cluster of every row, -1 for noise. */
  labels: Int32Array;
  /** Rows that are core points, in increasing order (scikit-learn's core_sample_indices_). */
  core_sample_indices: Int32Array;
  n_clusters: number;
  n_noise: number;
}

export function fitDBSCAN(X: Matrix, params: DBSCANParams, ctx: FitContext): DBSCANResult {
  const eps = params.eps ?? 0.5;
  const minSamples = params.min_samples ?? 5;
  if (!(eps > 0)) throw new Error(`eps must be positive, got ${eps}`);
  if (!(minSamples >= 1)) throw new Error(`min_samples must be at least 1, got ${minSamples}`);
  const n = X.rows;
  const space = densitySpace(X, params.metric ?? 'euclidean');
  const progress = throttledProgress(ctx);
  checkStop(ctx);
  const tree = new KdTree(space.points, 40);
  let nextCheck = 0;
  const neighbours = tree.selfRadiusNeighbourLists(space.toTreeRadius(eps), space.treeMetric, (rowsDone) => {
    if (rowsDone >= nextCheck) { nextCheck = rowsDone + 1024; checkStop(ctx); progress(0.9 * rowsDone / n, 'neighbourhoods'); }
  });
  const { offsets, indices } = neighbours;
  const isCore = new Uint8Array(n);
  let coreCount = 0;
  for (let i = 0; i < n; i++) if (offsets[i + 1] - offsets[i] >= minSamples) { isCore[i] = 1; coreCount++; }

  // Depth-first expansion from each unlabelled core point, the same walk as scikit-learn's dbscan_inner.
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(Math.max(1, indices.length));
  let cluster = 0;
  for (let start = 0; start < n; start++) {
    if (labels[start] !== -1 || !isCore[start]) continue;
    let top = 0;
    let i = start;
    for (;;) {
      if (labels[i] === -1) {
        labels[i] = cluster;
        if (isCore[i]) {
          for (let k = offsets[i]; k < offsets[i + 1]; k++) {
            const v = indices[k];
            if (labels[v] === -1) stack[top++] = v;
          }
        }
      }
      if (top === 0) break;
      i = stack[--top];
    }
    cluster++;
  }
  const core = new Int32Array(coreCount);
  let noise = 0;
  for (let i = 0, c = 0; i < n; i++) {
    if (isCore[i]) core[c++] = i;
    if (labels[i] === -1) noise++;
  }
  progress(1, 'clusters');
  return { labels, core_sample_indices: core, n_clusters: cluster, n_noise: noise };
}
