// Silhouette coefficients as scikit-learn's silhouette_samples / silhouette_score (Euclidean), exact in
// O(n^2 d) over blocks of rows with no n x n matrix; the score samples 20k rows beyond that size.
//
// Noise (-1) rows are left out: they are neither scored (NaN in the samples) nor counted in any
// segment's distances. scikit-learn would treat -1 as one more cluster.

import type { Matrix } from './matrix';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { indexLabels, requireSegments } from './segmentLabels';
import { sampleIndices, takeLabels, takeRows } from './sampleRows';

/** Rows per block: two blocks of 10-dimensional rows and their sums stay in L1/L2 cache. */
const BLOCK = 128;
/** Above this many rows silhouetteScore samples by default, as the exact cost grows with n^2. */
export const SILHOUETTE_EXACT_LIMIT = 20000;

/** Silhouette of every row (NaN for noise). Throws unless there are 2..n-1 segments. */
export function silhouetteSamples(X: Matrix, labels: Int32Array, ctx?: FitContext): Float64Array {
  const { rows: n, cols: d } = X;
  if (labels.length !== n) throw new Error(`Expected ${n} labels, got ${labels.length}`);
  const idx = indexLabels(labels);
  requireSegments(idx, 'The silhouette');
  const k = idx.k;
  // Pack the non-noise rows contiguously, grouped by segment: the pair loop then walks runs of one
  // label with a register accumulator and no branch on labels.
  const bounds = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) bounds[c + 1] = bounds[c] + idx.sizes[c];
  const keptRows = new Int32Array(idx.kept);
  const fill = bounds.slice(0, k);
  for (let i = 0; i < n; i++) {
    const c = idx.index[i];
    if (c >= 0) keptRows[fill[c]++] = i;
  }
  const m = keptRows.length;
  const Y = takeRows(X, keptRows).data;
  const lab = takeLabels(idx.index, keptRows);
  // sums[c * m + r]: total distance from packed row r to the rows of segment c.
  const sums = new Float64Array(k * m);
  const progress = ctx ? throttledProgress(ctx) : null;
  const blocks = Math.ceil(m / BLOCK);
  const totalPairsOfBlocks = (blocks * (blocks + 1)) / 2;
  let doneBlocks = 0;
  for (let bi = 0; bi < m; bi += BLOCK) {
    const iEnd = Math.min(bi + BLOCK, m);
    for (let bj = bi; bj < m; bj += BLOCK) {
      const jEnd = Math.min(bj + BLOCK, m);
      const diagonal = bj === bi;
      for (let i = bi; i < iEnd; i += 2) {
        if (i + 1 < iEnd) {
          // Two rows against the block: each row j is loaded once for both.
          let j = bj;
          if (diagonal) {
            const dist = distance(Y, d, i, i + 1);
            sums[lab[i + 1] * m + i] += dist;
            sums[lab[i] * m + i + 1] += dist;
            j = i + 2;
          }
          pairAgainstRange(Y, d, m, lab, bounds, sums, i, j, jEnd);
        } else {
          rowAgainstRange(Y, d, m, lab, bounds, sums, i, diagonal ? i + 1 : bj, jEnd);
        }
      }
    }
    doneBlocks += blocks - bi / BLOCK;
    if (ctx) {
      checkStop(ctx);
      progress?.(doneBlocks / totalPairsOfBlocks, 'silhouette');
    }
  }
  const out = new Float64Array(n).fill(Number.NaN);
  for (let r = 0; r < m; r++) {
    const li = lab[r];
    const size = idx.sizes[li];
    if (size <= 1) { out[keptRows[r]] = 0; continue; }
    const a = sums[li * m + r] / (size - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === li) continue;
      const v = sums[c * m + r] / idx.sizes[c];
      if (v < b) b = v;
    }
    const denom = Math.max(a, b);
    // sklearn's nan_to_num: two coincident rows alone give 0/0, scored 0.
    out[keptRows[r]] = denom > 0 ? (b - a) / denom : 0;
  }
  return out;
}

function distance(Y: Float64Array, d: number, a: number, b: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const z = Y[a * d + t] - Y[b * d + t];
    s += z * z;
  }
  return Math.sqrt(s);
}

/**
 * Adds the distances between row i and rows j in [jStart, jEnd) to both sides' sums, walking runs of
 * one label so that row i's share accumulates in a register.
 */
function rowAgainstRange(Y: Float64Array, d: number, m: number, lab: Int32Array, bounds: Int32Array,
  sums: Float64Array, i: number, jStart: number, jEnd: number): void {
  const iOff = i * d;
  const toI = lab[i] * m;
  let j = jStart;
  while (j < jEnd) {
    const c = lab[j];
    const runEnd = Math.min(bounds[c + 1], jEnd);
    let acc = 0;
    for (; j < runEnd; j++) {
      const jOff = j * d;
      let s = 0;
      for (let t = 0; t < d; t++) {
        const z = Y[iOff + t] - Y[jOff + t];
        s += z * z;
      }
      const dist = Math.sqrt(s);
      acc += dist;
      sums[toI + j] += dist;
    }
    sums[c * m + i] += acc;
  }
}

/** rowAgainstRange for rows i and i + 1 at once. */
function pairAgainstRange(Y: Float64Array, d: number, m: number, lab: Int32Array, bounds: Int32Array,
  sums: Float64Array, i: number, jStart: number, jEnd: number): void {
  const aOff = i * d;
  const bOff = aOff + d;
  const toA = lab[i] * m;
  const toB = lab[i + 1] * m;
  let j = jStart;
  while (j < jEnd) {
    const c = lab[j];
    const runEnd = Math.min(bounds[c + 1], jEnd);
    let accA = 0, accB = 0;
    for (; j < runEnd; j++) {
      const jOff = j * d;
      let sA = 0, sB = 0;
      for (let t = 0; t < d; t++) {
        const y = Y[jOff + t];
        const zA = Y[aOff + t] - y;
        const zB = Y[bOff + t] - y;
        sA += zA * zA;
        sB += zB * zB;
      }
      const dA = Math.sqrt(sA);
      const dB = Math.sqrt(sB);
      accA += dA;
      accB += dB;
      sums[toA + j] += dA;
      sums[toB + j] += dB;
    }
    sums[c * m + i] += accA;
    sums[c * m + i + 1] += accB;
  }
}

export interface SilhouetteScoreOptions {
  /** Rows to sample; default: all rows up to 20,000, else a seeded sample of 20,000. */
  sampleSize?: number;
  seed?: number;
}

export interface SilhouetteScore {
  /** Mean silhouette over the scored (non-noise) rows. */
  score: number;
  /** Size of the seeded sample the score was computed on, or null when it is exact on all rows. */
  sampled: number | null;
}

export function silhouetteScore(X: Matrix, labels: Int32Array, options: SilhouetteScoreOptions = {}, ctx?: FitContext): SilhouetteScore {
  const candidates = new Int32Array(labels.length);
  let kept = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] !== -1) candidates[kept++] = i;
  const size = options.sampleSize ?? SILHOUETTE_EXACT_LIMIT;
  let rows = X;
  let rowLabels = labels;
  let sampled: number | null = null;
  if (size < kept) {
    const chosen = sampleIndices(labels.length, size, options.seed ?? 0, candidates.subarray(0, kept));
    rows = takeRows(X, chosen);
    rowLabels = takeLabels(labels, chosen);
    sampled = size;
  }
  const samples = silhouetteSamples(rows, rowLabels, ctx);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < samples.length; i++) {
    if (!Number.isNaN(samples[i])) { sum += samples[i]; count++; }
  }
  return { score: sum / count, sampled };
}
