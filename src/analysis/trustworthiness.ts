// How well an embedding keeps local neighbourhoods: sklearn.manifold.trustworthiness (euclidean), exact.
// Blocked O(n^2) with one distance row at a time (never an n x n matrix); a seeded row sample above maxExactRows.

import type { Matrix } from './matrix';
import { createRandom } from './random';

export interface TrustworthinessParams {
  n_neighbors?: number;
  /** Rows used when n exceeds maxExactRows (default 10 000): the score is computed on that seeded sample. */
  sampleSize?: number;
  maxExactRows?: number;
  seed?: number;
}

export interface TrustworthinessResult {
  trustworthiness: number;
  /** True when the score comes from a seeded sample of rows rather than all of them. */
  sampled: boolean;
  rowsUsed: number;
}

export function trustworthiness(X: Matrix, embedding: Matrix, params: TrustworthinessParams = {}): TrustworthinessResult {
  const n = X.rows;
  if (embedding.rows !== n) throw new Error(`The embedding has ${embedding.rows} rows but the data has ${n}`);
  const k = params.n_neighbors ?? 10;
  const maxExact = params.maxExactRows ?? 10_000;
  if (n > maxExact) {
    const size = Math.min(n, params.sampleSize ?? maxExact);
    const rows = sampleRows(n, size, params.seed ?? 0);
    const score = exactTrustworthiness(takeRows(X, rows), takeRows(embedding, rows), k);
    return { trustworthiness: score, sampled: true, rowsUsed: size };
  }
  return { trustworthiness: exactTrustworthiness(X, embedding, k), sampled: false, rowsUsed: n };
}

function exactTrustworthiness(X: Matrix, E: Matrix, k: number): number {
  const n = X.rows;
  if (k >= n / 2) throw new Error(`n_neighbors (${k}) should be less than n_samples / 2 (${n / 2})`);
  const distX = new Float64Array(n);
  const distE = new Float64Array(n);
  const nearE = new Int32Array(k);
  const thresholds = new Float64Array(k);
  const ranks = new Int32Array(k);
  let penalty = 0;
  for (let i = 0; i < n; i++) {
    squaredDistancesFrom(E, i, distE);
    distE[i] = Infinity;
    kSmallest(distE, k, nearE);
    squaredDistancesFrom(X, i, distX);
    distX[i] = Infinity;
    // rank(j) = 1 + #{l : dX(i,l) < dX(i,j)}; thresholds sorted descending so most rows stop at the first test.
    for (let m = 0; m < k; m++) thresholds[m] = distX[nearE[m]];
    thresholds.sort().reverse();
    ranks.fill(1);
    const largest = thresholds[0];
    for (let l = 0; l < n; l++) {
      const v = distX[l];
      if (v >= largest) continue;
      for (let m = 0; m < k && v < thresholds[m]; m++) ranks[m]++;
    }
    for (let m = 0; m < k; m++) if (ranks[m] > k) penalty += ranks[m] - k;
  }
  return 1 - penalty * (2 / (n * k * (2 * n - 3 * k - 1)));
}

function squaredDistancesFrom(M: Matrix, i: number, out: Float64Array): void {
  const { data, rows, cols } = M;
  const o = i * cols;
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const p = r * cols;
    for (let c = 0; c < cols; c++) { const t = data[p + c] - data[o + c]; s += t * t; }
    out[r] = s;
  }
}

/** Indices of the k smallest values (ties by lower index, as a stable sort would give). */
function kSmallest(values: Float64Array, k: number, out: Int32Array): void {
  const best = new Float64Array(k).fill(Infinity);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (v >= best[k - 1]) continue;
    let m = k - 1;
    while (m > 0 && best[m - 1] > v) { best[m] = best[m - 1]; out[m] = out[m - 1]; m--; }
    best[m] = v;
    out[m] = r;
  }
}

function sampleRows(n: number, size: number, seed: number): Int32Array {
  const rng = createRandom(seed);
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = all[i]; all[i] = all[j]; all[j] = t;
  }
  return all.slice(0, size).sort();
}

function takeRows(M: Matrix, rows: Int32Array): Matrix {
  const out = new Float64Array(rows.length * M.cols);
  for (let r = 0; r < rows.length; r++) out.set(M.data.subarray(rows[r] * M.cols, (rows[r] + 1) * M.cols), r * M.cols);
  return { data: out, rows: rows.length, cols: M.cols };
}
