// Calinski-Harabasz index (variance ratio criterion) as scikit-learn's calinski_harabasz_score;
// higher is better. Noise (-1) rows are left out of every sum, including the overall mean.
import type { Matrix } from './matrix';
import { indexLabels, requireSegments, segmentCentroids } from './segmentLabels';

export function calinskiHarabasz(X: Matrix, labels: Int32Array): number {
  const { data, rows: n, cols: d } = X;
  const idx = indexLabels(labels);
  requireSegments(idx, 'The Calinski-Harabasz index');
  const centroids = segmentCentroids(data, d, idx);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    if (idx.index[i] < 0) continue;
    for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  }
  for (let j = 0; j < d; j++) mean[j] /= idx.kept;
  let extra = 0;
  for (let c = 0; c < idx.k; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const z = centroids[c * d + j] - mean[j];
      s += z * z;
    }
    extra += idx.sizes[c] * s;
  }
  let intra = 0;
  for (let i = 0; i < n; i++) {
    const c = idx.index[i];
    if (c < 0) continue;
    for (let j = 0; j < d; j++) {
      const z = data[i * d + j] - centroids[c * d + j];
      intra += z * z;
    }
  }
  return intra === 0 ? 1 : (extra * (idx.kept - idx.k)) / (intra * (idx.k - 1));
}
