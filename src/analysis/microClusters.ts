// Summarises a large matrix as k-means micro-clusters (centres, sizes, row -> micro-cluster), so that
// a hierarchy can be built on a few thousand weighted leaves instead of every row.
import { checkStop, type FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { createRandom } from './random';
import { KdTree } from './kdTree';

export interface MicroClusters {
  /** Non-empty micro-cluster centres, one per row. */
  centers: Matrix;
  /** Rows in each micro-cluster. */
  sizes: Float64Array;
  /** Micro-cluster of every data row. */
  assignment: Int32Array;
}

/**
 * A few Lloyd iterations from distinct random rows (seeded). Each assignment goes through a kd-tree
 * over the centres, starting from the row's previous centre, so that most centres are never looked
 * at: far cheaper than a full k-means fit, and micro-clusters need to be small and compact, not converged.
 */
export function microClusters(X: Matrix, count: number, ctx: FitContext, iterations = 4): MicroClusters {
  const n = X.rows, d = X.cols;
  const k = Math.max(1, Math.min(n, Math.floor(count)));
  const rng = createRandom(ctx.seed);
  // Partial Fisher-Yates: the first k entries become a uniform sample of distinct rows.
  const pick = new Int32Array(n);
  for (let i = 0; i < n; i++) pick[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = pick[i]; pick[i] = pick[j]; pick[j] = t;
  }
  let centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) centers.set(X.data.subarray(pick[c] * d, pick[c] * d + d), c * d);
  const assignment = new Int32Array(n).fill(-1);
  const counts = new Float64Array(k);
  for (let iteration = 0; iteration <= iterations; iteration++) {
    checkStop(ctx);
    ctx.onProgress?.(iteration / (iterations + 1), 'micro-clusters');
    assignNearest(X, centers, k, assignment);
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[assignment[i]]++;
    // The last pass only assigns rows to the final centres.
    if (iteration === iterations) break;
    const sums = new Float64Array(k * d);
    for (let i = 0; i < n; i++) {
      const c = assignment[i];
      for (let j = 0; j < d; j++) sums[c * d + j] += X.data[i * d + j];
    }
    // An empty centre keeps its place; it is dropped at the end if it stays empty.
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) { for (let j = 0; j < d; j++) sums[c * d + j] = centers[c * d + j]; continue; }
      for (let j = 0; j < d; j++) sums[c * d + j] /= counts[c];
    }
    centers = sums;
  }
  const compact = new Int32Array(k).fill(-1);
  let used = 0;
  for (let c = 0; c < k; c++) if (counts[c] > 0) compact[c] = used++;
  const kept = new Float64Array(used * d);
  const sizes = new Float64Array(used);
  for (let c = 0; c < k; c++) {
    if (compact[c] < 0) continue;
    kept.set(centers.subarray(c * d, c * d + d), compact[c] * d);
    sizes[compact[c]] = counts[c];
  }
  for (let i = 0; i < n; i++) assignment[i] = compact[assignment[i]];
  return { centers: { data: kept, rows: used, cols: d }, sizes, assignment };
}

/** Nearest centre of every row through a kd-tree over the centres, seeded with the current centre. */
function assignNearest(X: Matrix, centers: Float64Array, k: number, assignment: Int32Array): void {
  const { data, rows: n, cols: d } = X;
  const tree = new KdTree({ data: centers, rows: k, cols: d }, 8);
  for (let i = 0; i < n; i++) {
    const current = assignment[i];
    let currentDistance = Infinity;
    if (current >= 0) {
      currentDistance = 0;
      for (let j = 0; j < d; j++) { const t = data[i * d + j] - centers[current * d + j]; currentDistance += t * t; }
    }
    assignment[i] = tree.nearest(data, i * d, 'euclidean', current, currentDistance);
  }
}
