// UMAP's k-nearest-neighbour table (the row itself first, as umap-learn) for the euclidean, manhattan and
// cosine metrics; exact, through the kd-tree (cosine ranks unit-normalised rows, then reports 1 - cos).

import type { Matrix } from '../matrix';
import { kNearestNeighbors, type NeighborTable } from '../projection/kdTreeNeighbors';

export type UMAPMetric = 'euclidean' | 'manhattan' | 'cosine';

export function umapNeighbors(X: Matrix, nNeighbors: number, metric: UMAPMetric, onRow?: (done: number) => void): NeighborTable {
  if (metric !== 'cosine') return kNearestNeighbors(X, nNeighbors, metric, true, onRow);
  const { rows: n, cols: d, data } = X;
  const unit = new Float64Array(n * d);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += data[i * d + j] ** 2;
    norms[i] = Math.sqrt(s);
    const inv = norms[i] > 0 ? 1 / norms[i] : 0;
    for (let j = 0; j < d; j++) unit[i * d + j] = data[i * d + j] * inv;
  }
  const table = kNearestNeighbors({ data: unit, rows: n, cols: d }, nNeighbors, 'euclidean', true, onRow);
  const { indices, distances, k } = table;
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < k; m++) {
      const j = indices[i * k + m];
      distances[i * k + m] = cosineDistance(unit, d, i, j, norms);
    }
  }
  return table;
}

/** umap-learn's cosine: 0 for two zero rows, 1 when only one is zero, else 1 - cos. */
function cosineDistance(unit: Float64Array, d: number, i: number, j: number, norms: Float64Array): number {
  if (i === j) return 0;
  if (norms[i] === 0 && norms[j] === 0) return 0;
  if (norms[i] === 0 || norms[j] === 0) return 1;
  let dot = 0;
  for (let c = 0; c < d; c++) dot += unit[i * d + c] * unit[j * d + c];
  return Math.max(0, 1 - dot);
}
