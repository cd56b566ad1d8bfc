// UMAP's fuzzy graph: per-row rho (nearest non-zero distance) and sigma (log2(k) smooth-kNN target), edge
// memberships exp(-(d - rho) / sigma), then the fuzzy union w + w^T - w o w^T (umap-learn's fuzzy_simplicial_set).

import type { NeighborTable } from '../projection/kdTreeNeighbors';

/** Symmetric sparse graph in CSR form with columns ascending within each row. */
export interface FuzzyGraph {
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

const SMOOTH_K_TOLERANCE = 1e-5;
const MIN_K_DIST_SCALE = 1e-3;

/** umap-learn's smooth_knn_dist with local_connectivity = 1 and bandwidth = 1 (self in column 0). */
export function smoothKnnDistances(table: NeighborTable): { sigmas: Float64Array; rhos: Float64Array } {
  const { distances, k } = table;
  const n = distances.length / k;
  const target = Math.log2(k);
  const sigmas = new Float64Array(n);
  const rhos = new Float64Array(n);
  let meanAll = 0;
  for (let e = 0; e < distances.length; e++) meanAll += distances[e];
  meanAll /= distances.length;
  for (let i = 0; i < n; i++) {
    const o = i * k;
    let rho = 0;
    let nonZero = 0;
    for (let m = 0; m < k; m++) {
      const v = distances[o + m];
      if (v > 0) { if (nonZero === 0) rho = v; nonZero++; }
    }
    if (nonZero === 0) rho = 0;
    rhos[i] = rho;
    let lo = 0, hi = Infinity, mid = 1;
    for (let iter = 0; iter < 64; iter++) {
      let psum = 0;
      for (let m = 1; m < k; m++) {
        const dd = distances[o + m] - rho;
        psum += dd > 0 ? Math.exp(-(dd / mid)) : 1;
      }
      if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) break;
      if (psum > target) { hi = mid; mid = (lo + hi) / 2; } else { lo = mid; mid = hi === Infinity ? mid * 2 : (lo + hi) / 2; }
    }
    let rowMean = 0;
    for (let m = 0; m < k; m++) rowMean += distances[o + m];
    rowMean /= k;
    const floor = MIN_K_DIST_SCALE * (rho > 0 ? rowMean : meanAll);
    sigmas[i] = mid < floor ? floor : mid;
  }
  return { sigmas, rhos };
}

export function fuzzySimplicialSet(table: NeighborTable): FuzzyGraph {
  const { indices, distances, k } = table;
  const n = indices.length / k;
  const { sigmas, rhos } = smoothKnnDistances(table);
  const directed = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < k; m++) {
      const e = i * k + m;
      const j = indices[e];
      if (j === i) directed[e] = 0;
      else if (distances[e] - rhos[i] <= 0 || sigmas[i] === 0) directed[e] = 1;
      else directed[e] = Math.exp(-((distances[e] - rhos[i]) / sigmas[i]));
    }
  }
  // Each row gathers its own out-edges (forward) and the edges pointing at it (reverse), then merges by column.
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < n * k; e++) {
    if (directed[e] === 0) continue;
    counts[Math.floor(e / k)]++;
    counts[indices[e]]++;
  }
  const bound = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) bound[i + 1] = bound[i] + counts[i];
  const fill = bound.slice(0, n);
  const cols = new Int32Array(bound[n]);
  const forward = new Float64Array(bound[n]);
  const reverse = new Float64Array(bound[n]);
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < k; m++) {
      const e = i * k + m;
      const v = directed[e];
      if (v === 0) continue;
      const j = indices[e];
      cols[fill[i]] = j; forward[fill[i]++] = v;
      cols[fill[j]] = i; reverse[fill[j]++] = v;
    }
  }
  const position = new Int32Array(n).fill(-1);
  const rowStart = new Int32Array(n + 1);
  const outCols = new Int32Array(bound[n]);
  const outForward = new Float64Array(bound[n]);
  const outReverse = new Float64Array(bound[n]);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const first = out;
    for (let e = bound[i]; e < bound[i + 1]; e++) {
      const j = cols[e];
      let at = position[j];
      if (at < first) { at = out++; position[j] = at; outCols[at] = j; outForward[at] = 0; outReverse[at] = 0; }
      outForward[at] += forward[e];
      outReverse[at] += reverse[e];
    }
    sortRowByColumn(outCols, outForward, outReverse, first, out);
    rowStart[i + 1] = out;
  }
  const values = new Float64Array(out);
  for (let e = 0; e < out; e++) values[e] = outForward[e] + outReverse[e] - outForward[e] * outReverse[e];
  return { rowStart, columns: outCols.slice(0, out), values };
}

/** Insertion sort of one short row by column index, carrying both value arrays along. */
function sortRowByColumn(cols: Int32Array, a: Float64Array, b: Float64Array, start: number, end: number): void {
  for (let e = start + 1; e < end; e++) {
    const c = cols[e], va = a[e], vb = b[e];
    let m = e - 1;
    while (m >= start && cols[m] > c) { cols[m + 1] = cols[m]; a[m + 1] = a[m]; b[m + 1] = b[m]; m--; }
    cols[m + 1] = c; a[m + 1] = va; b[m + 1] = vb;
  }
}
