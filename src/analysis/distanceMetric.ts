// Distances between rows of a matrix, defined exactly as scipy.spatial.distance / scikit-learn do.
// Used by hierarchical clustering (pairwise on demand) and by the density methods.
import type { Matrix } from './matrix';

export type DistanceMetric = 'euclidean' | 'manhattan' | 'minkowski' | 'cosine';

/** Distance between rows i and j of the matrix the function was made for. */
export type RowDistance = (i: number, j: number) => number;

/**
 * Builds the row-to-row distance for a metric. Cosine is 1 - u.v / (|u| |v|) like scipy
 * (a zero row has distance 1 to everything else, as scikit-learn's cosine_distances does).
 */
export function rowDistance(X: Matrix, metric: DistanceMetric, p = 2): RowDistance {
  const { data, cols: d } = X;
  switch (metric) {
    case 'euclidean':
      return (i, j) => {
        let s = 0;
        const a = i * d, b = j * d;
        for (let k = 0; k < d; k++) { const t = data[a + k] - data[b + k]; s += t * t; }
        return Math.sqrt(s);
      };
    case 'manhattan':
      return (i, j) => {
        let s = 0;
        const a = i * d, b = j * d;
        for (let k = 0; k < d; k++) s += Math.abs(data[a + k] - data[b + k]);
        return s;
      };
    case 'minkowski': {
      if (!(p >= 1)) throw new Error(`Minkowski distance needs p >= 1, got ${p}`);
      const inv = 1 / p;
      return (i, j) => {
        let s = 0;
        const a = i * d, b = j * d;
        for (let k = 0; k < d; k++) s += Math.abs(data[a + k] - data[b + k]) ** p;
        return s ** inv;
      };
    }
    case 'cosine': {
      const norms = rowNorms(X);
      return (i, j) => {
        const denominator = norms[i] * norms[j];
        if (denominator === 0) return i === j ? 0 : 1;
        let s = 0;
        const a = i * d, b = j * d;
        for (let k = 0; k < d; k++) s += data[a + k] * data[b + k];
        return Math.max(0, 1 - s / denominator);
      };
    }
    default:
      throw new Error(`Unknown distance metric "${String(metric)}"; use euclidean, manhattan, minkowski or cosine`);
  }
}

/** Euclidean norm of every row. */
export function rowNorms(X: Matrix): Float64Array {
  const { data, rows, cols } = X;
  const norms = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let k = i * cols, end = k + cols; k < end; k++) s += data[k] * data[k];
    norms[i] = Math.sqrt(s);
  }
  return norms;
}

/** A copy of X with every non-zero row scaled to unit length (cosine via euclidean). */
export function l2NormalizedRows(X: Matrix): Matrix {
  const norms = rowNorms(X);
  const out = new Float64Array(X.data.length);
  for (let i = 0; i < X.rows; i++) {
    const scale = norms[i] > 0 ? 1 / norms[i] : 0;
    for (let k = i * X.cols, end = k + X.cols; k < end; k++) out[k] = X.data[k] * scale;
  }
  return { data: out, rows: X.rows, cols: X.cols };
}
