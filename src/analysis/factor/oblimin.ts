// Direct oblimin rotation (gamma = 0, i.e. quartimin) by gradient projection, as GPArotation's GPFoblq
// (Bernaards & Jennrich 2005): returns pattern loadings, the factor correlations and the transform.

import { inverse, multiply } from './smallLinearAlgebra';

/** Criterion f = sum(L^2 * (L^2 N)) / 4 with N = ones - I, and its gradient L * (L^2 N). */
function obliminCriterion(L: Float64Array, p: number, k: number): { f: number; gradient: Float64Array } {
  const gradient = new Float64Array(p * k);
  let f = 0;
  for (let i = 0; i < p; i++) {
    let rowSum = 0;
    for (let j = 0; j < k; j++) rowSum += L[i * k + j] ** 2;
    for (let j = 0; j < k; j++) {
      const sq = L[i * k + j] ** 2;
      const others = rowSum - sq;
      f += (sq * others) / 4;
      gradient[i * k + j] = L[i * k + j] * others;
    }
  }
  return { f, gradient };
}

/** L = A (T^-1)^T and the gradient with respect to T: -(L^T Gq T^-1)^T. */
function evaluate(A: Float64Array, T: Float64Array, p: number, k: number): { L: Float64Array; f: number; G: Float64Array } {
  const Tinv = inverse(T, k);
  const L = multiply(A, Tinv, p, k, k, false, true);
  const { f, gradient } = obliminCriterion(L, p, k);
  const inner = multiply(multiply(L, gradient, k, p, k, true, false), Tinv, k, k, k);
  const G = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) G[i * k + j] = -inner[j * k + i];
  return { L, f, G };
}

export function oblimin(A: Float64Array, p: number, k: number, eps = 1e-6, maxIter = 1000): { pattern: Float64Array; factorCorrelation: Float64Array; transform: Float64Array; iterations: number } {
  let T = new Float64Array(k * k);
  for (let i = 0; i < k; i++) T[i * k + i] = 1;
  let current = evaluate(A, T, p, k);
  let alpha = 1;
  let iter = 0;
  for (; iter <= maxIter; iter++) {
    // Project the gradient onto the tangent space of unit-length columns.
    const Gp = new Float64Array(k * k);
    for (let j = 0; j < k; j++) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += T[i * k + j] * current.G[i * k + j];
      for (let i = 0; i < k; i++) Gp[i * k + j] = current.G[i * k + j] - T[i * k + j] * dot;
    }
    let s = 0;
    for (let e = 0; e < k * k; e++) s += Gp[e] * Gp[e];
    s = Math.sqrt(s);
    if (s < eps) break;
    alpha *= 2;
    let trialT = T;
    let trial = current;
    for (let halving = 0; halving <= 10; halving++) {
      trialT = new Float64Array(k * k);
      for (let j = 0; j < k; j++) {
        let norm = 0;
        for (let i = 0; i < k; i++) norm += (T[i * k + j] - alpha * Gp[i * k + j]) ** 2;
        const inv = 1 / Math.sqrt(norm);
        for (let i = 0; i < k; i++) trialT[i * k + j] = (T[i * k + j] - alpha * Gp[i * k + j]) * inv;
      }
      trial = evaluate(A, trialT, p, k);
      if (current.f - trial.f > 0.5 * s * s * alpha) break;
      alpha /= 2;
    }
    T = trialT;
    current = trial;
  }
  return { pattern: current.L, factorCorrelation: multiply(T, T, k, k, k, true, false), transform: T, iterations: iter };
}
