// Starting layout for t-SNE and UMAP: the data projected on its leading principal axes, found by
// subspace iteration on the covariance matrix (deterministic; d x d work after one pass over the rows).

import type { Matrix } from '../matrix';

/** Row-major n x nComponents projection of the centred data on its top principal axes. */
export function principalProjection(X: Matrix, nComponents = 2): Float64Array {
  const { rows: n, cols: d, data } = X;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(n, 1);
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) centred[j] = data[i * d + j] - mean[j];
    for (let a = 0; a < d; a++) {
      const va = centred[a];
      for (let b = a; b < d; b++) cov[a * d + b] += va * centred[b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const k = Math.min(nComponents, d);
  const axes = leadingEigenvectors(cov, d, k);
  const out = new Float64Array(n * nComponents);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (data[i * d + j] - mean[j]) * axes[c * d + j];
      out[i * nComponents + c] = s;
    }
  }
  return out;
}

/** Top-k eigenvectors (rows of the result) of a symmetric d x d matrix by orthogonal iteration. */
function leadingEigenvectors(A: Float64Array, d: number, k: number): Float64Array {
  const V = new Float64Array(k * d);
  // A fixed, non-degenerate start; Gram-Schmidt keeps the vectors orthonormal.
  for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) V[c * d + j] = 1 / (1 + ((j * 7 + c * 13) % 17)) + (j === c ? 1 : 0);
  orthonormalize(V, d, k);
  const W = new Float64Array(k * d);
  for (let iter = 0; iter < 500; iter++) {
    for (let c = 0; c < k; c++) {
      for (let a = 0; a < d; a++) {
        let s = 0;
        for (let b = 0; b < d; b++) s += A[a * d + b] * V[c * d + b];
        W[c * d + a] = s;
      }
    }
    orthonormalize(W, d, k);
    let change = 0;
    for (let c = 0; c < k; c++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += W[c * d + j] * V[c * d + j];
      change = Math.max(change, 1 - Math.abs(dot));
    }
    V.set(W);
    if (change < 1e-13) break;
  }
  // Sign convention: the largest-magnitude coordinate of each axis is positive.
  for (let c = 0; c < k; c++) {
    let big = 0;
    for (let j = 0; j < d; j++) if (Math.abs(V[c * d + j]) > Math.abs(big)) big = V[c * d + j];
    if (big < 0) for (let j = 0; j < d; j++) V[c * d + j] = -V[c * d + j];
  }
  return V;
}

function orthonormalize(V: Float64Array, d: number, k: number): void {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += V[c * d + j] * V[p * d + j];
      for (let j = 0; j < d; j++) V[c * d + j] -= dot * V[p * d + j];
    }
    let norm = 0;
    for (let j = 0; j < d; j++) norm += V[c * d + j] * V[c * d + j];
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) V[c * d + j] /= norm;
  }
}
