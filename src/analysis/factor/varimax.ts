// Varimax rotation of a loadings matrix, step for step as scikit-learn's FactorAnalysis._ortho_rotation
// (SVD update, stop when the criterion grows by less than tol); Kaiser normalisation is the caller's choice.

import { multiply, polarFactor } from './smallLinearAlgebra';

/** Rotates p x k loadings (row-major); returns the rotated loadings and the k x k rotation. */
export function varimax(loadings: Float64Array, p: number, k: number, tol = 1e-6, maxIter = 100): { rotated: Float64Array; rotation: Float64Array } {
  let rotation: Float64Array = new Float64Array(k * k);
  for (let i = 0; i < k; i++) rotation[i * k + i] = 1;
  let criterion = 0;
  const target = new Float64Array(p * k);
  for (let iter = 0; iter < maxIter; iter++) {
    const rotated = multiply(loadings, rotation, p, k, k);
    const columnMeanSquares = new Float64Array(k);
    for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) columnMeanSquares[j] += rotated[i * k + j] ** 2 / p;
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < k; j++) {
        const v = rotated[i * k + j];
        target[i * k + j] = v * v * v - v * columnMeanSquares[j];
      }
    }
    const { orthogonal, singularSum } = polarFactor(multiply(loadings, target, k, p, k, true, false), k);
    rotation = orthogonal;
    if (criterion !== 0 && singularSum < criterion * (1 + tol)) break;
    criterion = singularSum;
  }
  return { rotated: multiply(loadings, rotation, p, k, k), rotation };
}
