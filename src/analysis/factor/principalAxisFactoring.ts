// Principal-axis factoring of a correlation matrix: communalities start at the squared multiple
// correlations and are re-estimated from the top-k eigenpairs of the reduced matrix until they settle.

import { inverse, symmetricEigen } from './smallLinearAlgebra';

export interface PrincipalAxisResult {
  /** p x k unrotated loadings, each column's sum made positive. */
  loadings: Float64Array;
  communalities: Float64Array;
  iterations: number;
  converged: boolean;
}

export function principalAxisFactoring(R: Float64Array, p: number, k: number, tol = 1e-8, maxIter = 1000): PrincipalAxisResult {
  const h = new Float64Array(p);
  const Rinv = inverse(R, p);
  for (let i = 0; i < p; i++) h[i] = 1 - 1 / Rinv[i * p + i];
  const reduced = R.slice();
  const loadings = new Float64Array(p * k);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIter) {
    iterations++;
    for (let i = 0; i < p; i++) reduced[i * p + i] = h[i];
    const { values, vectors } = symmetricEigen(reduced, p);
    let change = 0;
    for (let i = 0; i < p; i++) {
      let hi = 0;
      for (let j = 0; j < k; j++) {
        const l = vectors[i * p + j] * Math.sqrt(Math.max(values[j], 0));
        loadings[i * k + j] = l;
        hi += l * l;
      }
      change = Math.max(change, Math.abs(hi - h[i]));
      h[i] = hi;
    }
    if (change < tol) { converged = true; break; }
  }
  orientColumns(loadings, p, k);
  return { loadings, communalities: h, iterations, converged };
}

/** Flips each factor so its loadings sum to a positive number (eigenvector signs are arbitrary). */
export function orientColumns(loadings: Float64Array, p: number, k: number, onFlip?: (column: number) => void): void {
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = 0; i < p; i++) sum += loadings[i * k + j];
    if (sum < 0) {
      for (let i = 0; i < p; i++) loadings[i * k + j] = -loadings[i * k + j];
      onFlip?.(j);
    }
  }
}
