// Summarises a large matrix as k-means micro-clusters (centres, sizes, row -> micro-cluster), so that
// a hierarchy can be built on a few thousand weighted leaves instead of every row.
import type { FitContext } from './fitContext';
import type { Matrix } from './matrix';
import { fitKMeans } from './kmeans';

export interface MicroClusters {
  /** Non-empty micro-cluster centres, one per row. */
  centers: Matrix;
  /** Rows in each micro-cluster. */
  sizes: Float64Array;
  /** Micro-cluster of every data row. */
  assignment: Int32Array;
}

/** One seeded k-means run (k-means++, a bounded number of iterations: micro-clusters need not converge). */
export function microClusters(X: Matrix, count: number, ctx: FitContext): MicroClusters {
  const k = Math.max(1, Math.min(X.rows, Math.floor(count)));
  const fit = fitKMeans(X, { n_clusters: k, n_init: 1, max_iter: 30 }, ctx);
  const d = X.cols;
  const counts = new Float64Array(k);
  for (let i = 0; i < X.rows; i++) counts[fit.labels[i]]++;
  // Drop empty centres so that every leaf holds at least one row.
  const compact = new Int32Array(k).fill(-1);
  let used = 0;
  for (let c = 0; c < k; c++) if (counts[c] > 0) compact[c] = used++;
  const centers = new Float64Array(used * d);
  const sizes = new Float64Array(used);
  for (let c = 0; c < k; c++) {
    if (compact[c] < 0) continue;
    centers.set(fit.centers.subarray(c * d, c * d + d), compact[c] * d);
    sizes[compact[c]] = counts[c];
  }
  const assignment = new Int32Array(X.rows);
  for (let i = 0; i < X.rows; i++) assignment[i] = compact[fit.labels[i]];
  return { centers: { data: centers, rows: used, cols: d }, sizes, assignment };
}
