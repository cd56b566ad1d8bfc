// Seeded sampling of row indices without replacement, for metrics and sweeps that work on a subset;
// the same seed always picks the same rows, returned in increasing order for cache-friendly reads.
import { createRandom } from './random';
import type { Matrix } from './matrix';

/** `size` distinct indices drawn from `candidates` (or 0..n-1), sorted ascending. */
export function sampleIndices(n: number, size: number, seed: number, candidates?: Int32Array): Int32Array {
  // Filled by a plain loop: Int32Array.from with a callback costs tens of ms at a million rows.
  const pool = candidates ? candidates.slice() : new Int32Array(n);
  if (!candidates) for (let i = 0; i < n; i++) pool[i] = i;
  const m = pool.length;
  if (size >= m) return pool;
  const rng = createRandom(seed);
  // Partial Fisher-Yates: the first `size` slots end up a uniform sample.
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(m - i);
    const t = pool[i]; pool[i] = pool[j]; pool[j] = t;
  }
  return pool.subarray(0, size).sort();
}

/** The rows of X at `indices`, copied into a new matrix. */
export function takeRows(X: Matrix, indices: Int32Array): Matrix {
  const d = X.cols;
  const data = new Float64Array(indices.length * d);
  for (let r = 0; r < indices.length; r++) data.set(X.data.subarray(indices[r] * d, indices[r] * d + d), r * d);
  return { data, rows: indices.length, cols: d };
}

export function takeLabels(labels: Int32Array, indices: Int32Array): Int32Array {
  const out = new Int32Array(indices.length);
  for (let r = 0; r < indices.length; r++) out[r] = labels[indices[r]];
  return out;
}
