// Dense helpers for the small (variables x factors) matrices of factor analysis: Jacobi eigen-decomposition,
// products, inverse and the orthogonal polar factor; row-major Float64Array with explicit sizes.
import { symmetricEigen as jacobiEigen } from '../symmetricEigen';

/**
 * Eigenvalues (descending) and eigenvectors (columns of the row-major d x d `vectors`) of a symmetric
 * matrix: the shared Jacobi decomposition, with its row eigenvectors turned into the columns used here.
 */
export function symmetricEigen(A: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
  const { values, vectors: rows } = jacobiEigen(A, d);
  const vectors = new Float64Array(d * d);
  for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) vectors[k * d + j] = rows[j * d + k];
  return { values, vectors };
}

/** C (r x c) = A (r x m) B (m x c), with optional transposes given by the stored shapes. */
export function multiply(A: Float64Array, B: Float64Array, r: number, m: number, c: number, transposeA = false, transposeB = false): Float64Array {
  const C = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += (transposeA ? A[k * r + i] : A[i * m + k]) * (transposeB ? B[j * m + k] : B[k * c + j]);
      C[i * c + j] = s;
    }
  }
  return C;
}

/** Inverse of a k x k matrix by Gauss-Jordan with partial pivoting. */
export function inverse(A: Float64Array, k: number): Float64Array {
  const a = A.slice();
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) inv[i * k + i] = 1;
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r * k + col]) > Math.abs(a[pivot * k + col])) pivot = r;
    if (Math.abs(a[pivot * k + col]) < 1e-300) throw new Error('The matrix is singular');
    if (pivot !== col) {
      for (let j = 0; j < k; j++) {
        [a[col * k + j], a[pivot * k + j]] = [a[pivot * k + j], a[col * k + j]];
        [inv[col * k + j], inv[pivot * k + j]] = [inv[pivot * k + j], inv[col * k + j]];
      }
    }
    const scale = 1 / a[col * k + col];
    for (let j = 0; j < k; j++) { a[col * k + j] *= scale; inv[col * k + j] *= scale; }
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r * k + col];
      if (f === 0) continue;
      for (let j = 0; j < k; j++) { a[r * k + j] -= f * a[col * k + j]; inv[r * k + j] -= f * inv[col * k + j]; }
    }
  }
  return inv;
}

/**
 * For a square k x k matrix M = U S V^T: the orthogonal factor U V^T and the sum of singular values,
 * from the eigen-decomposition of M^T M (M is assumed non-singular, as in the rotation updates).
 */
export function polarFactor(M: Float64Array, k: number): { orthogonal: Float64Array; singularSum: number } {
  const { values, vectors: V } = symmetricEigen(multiply(M, M, k, k, k, true, false), k);
  const MV = multiply(M, V, k, k, k);
  const scaled = new Float64Array(k * k);
  let singularSum = 0;
  for (let j = 0; j < k; j++) {
    const s = Math.sqrt(Math.max(values[j], 0));
    singularSum += s;
    for (let i = 0; i < k; i++) scaled[i * k + j] = s > 0 ? MV[i * k + j] / s : 0;
  }
  return { orthogonal: multiply(scaled, V, k, k, k, false, true), singularSum };
}
