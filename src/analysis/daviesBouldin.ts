// Davies-Bouldin index as scikit-learn's davies_bouldin_score: mean over segments of the worst
// (spread_i + spread_j) / centroid distance; lower is better. Noise (-1) rows are left out.
import type { Matrix } from './matrix';
import { indexLabels, requireSegments, segmentCentroids } from './segmentLabels';

/** numpy.allclose(x, 0) with its default absolute tolerance. */
const ALLCLOSE_ATOL = 1e-8;

export function daviesBouldin(X: Matrix, labels: Int32Array): number {
  const { data, rows: n, cols: d } = X;
  const idx = indexLabels(labels);
  requireSegments(idx, 'The Davies-Bouldin index');
  const k = idx.k;
  const centroids = segmentCentroids(data, d, idx);
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = idx.index[i];
    if (c < 0) continue;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const z = data[i * d + j] - centroids[c * d + j];
      s += z * z;
    }
    spread[c] += Math.sqrt(s);
  }
  for (let c = 0; c < k; c++) spread[c] /= idx.sizes[c];
  const between = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const z = centroids[a * d + j] - centroids[b * d + j];
        s += z * z;
      }
      between[a * k + b] = between[b * k + a] = Math.sqrt(s);
    }
  }
  if (spread.every((v) => Math.abs(v) <= ALLCLOSE_ATOL) || between.every((v) => Math.abs(v) <= ALLCLOSE_ATOL)) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    let worst = 0;
    for (let b = 0; b < k; b++) {
      // Coincident centroids (and a segment with itself) count as infinitely far, as in sklearn.
      if (b === a || between[a * k + b] === 0) continue;
      worst = Math.max(worst, (spread[a] + spread[b]) / between[a * k + b]);
    }
    total += worst;
  }
  return total / k;
}
