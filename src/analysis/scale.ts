// Standardisation exactly as scikit-learn's StandardScaler: population mean and standard deviation,
// NaN ignored when fitting and kept when applying, near-constant features given a scale of 1.
import type { Matrix } from './matrix';

export interface StandardScaler {
  mean: Float64Array;
  scale: Float64Array;
}

export function fitStandardScaler(X: Matrix): StandardScaler {
  const { data, rows: n, cols: d } = X;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  const counts = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const value = data[i * d + j];
      if (!Number.isNaN(value)) { mean[j] += value; counts[j]++; }
    }
  }
  for (let j = 0; j < d; j++) mean[j] = counts[j] > 0 ? mean[j] / counts[j] : NaN;
  const squares = new Float64Array(d);
  const residuals = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const value = data[i * d + j];
      if (Number.isNaN(value)) continue;
      const diff = value - mean[j];
      squares[j] += diff * diff;
      residuals[j] += diff;
    }
  }
  for (let j = 0; j < d; j++) {
    const count = counts[j];
    // Two-pass variance with the compensating term of Chan, Golub and LeVeque (as sklearn does).
    const variance = count > 0 ? (squares[j] - (residuals[j] * residuals[j]) / count) / count : NaN;
    scale[j] = isNearConstant(variance, mean[j], count) ? 1 : Math.sqrt(variance);
  }
  return { mean, scale };
}

/** (X - mean) / scale, as a new matrix; NaN stays NaN. */
export function applyStandardScaler(X: Matrix, scaler: StandardScaler): Matrix {
  const { rows: n, cols: d } = X;
  if (scaler.mean.length !== d) throw new Error(`Scaler was fitted on ${scaler.mean.length} features, the matrix has ${d}`);
  const data = new Float64Array(n * d);
  const source = X.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) data[i * d + j] = (source[i * d + j] - scaler.mean[j]) / scaler.scale[j];
  }
  return { data, rows: n, cols: d };
}

/** sklearn's _is_constant_feature: variance within the rounding error bound of the two-pass algorithm. */
function isNearConstant(variance: number, mean: number, count: number): boolean {
  if (!(variance > 0)) return true;
  const eps = Number.EPSILON;
  const bound = count * eps * variance + (count * mean * eps) ** 2;
  return variance <= bound;
}
