// Principal component analysis through the centred covariance matrix and a Jacobi eigendecomposition:
// one pass for the mean, one for the scatter, one to project; results laid out as scikit-learn's PCA.
import type { Matrix } from './matrix';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { symmetricEigen } from './symmetricEigen';

export interface PCAParams {
  /** Components kept; default all (min(rows, features)). */
  n_components?: number;
}

export interface PCAResult {
  mean: Float64Array;
  /** n_components x features, row-major; unit rows. */
  components: Float64Array;
  explained_variance: Float64Array;
  explained_variance_ratio: Float64Array;
  singular_values: Float64Array;
  n_components: number;
  /** rows x n_components, row-major: the centred data projected on the components. */
  embedding: Float64Array;
}

const rowsPerCheck = 65536;
/** Rows per feature-major block in the scatter pass (a power of two dividing rowsPerCheck). */
const rowsPerBlock = 256;

export function fitPCA(X: Matrix, params: PCAParams, ctx: FitContext): PCAResult {
  const { data, rows: n, cols: d } = X;
  if (n < 2) throw new Error(`PCA needs at least 2 rows, got ${n}`);
  const maxComponents = Math.min(n, d);
  const m = params.n_components ?? maxComponents;
  if (!Number.isInteger(m) || m < 1 || m > maxComponents) {
    throw new Error(`n_components must be an integer between 1 and ${maxComponents}, got ${m}`);
  }
  const progress = throttledProgress(ctx);

  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;

  // Scatter of the centred rows (upper triangle), centring first so large offsets cost no precision.
  // Rows go through a small feature-major block so each product runs down one long contiguous loop.
  const scatter = new Float64Array(d * d);
  const block = new Float64Array(d * rowsPerBlock);
  for (let start = 0; start < n; start += rowsPerBlock) {
    if ((start & (rowsPerCheck - 1)) === 0) {
      checkStop(ctx);
      progress(0.8 * start / n, 'covariance');
    }
    const count = Math.min(rowsPerBlock, n - start);
    for (let r = 0; r < count; r++) {
      const row = (start + r) * d;
      for (let j = 0; j < d; j++) block[j * rowsPerBlock + r] = data[row + j] - mean[j];
    }
    for (let j = 0; j < d; j++) {
      const a = j * rowsPerBlock;
      for (let l = j; l < d; l++) {
        const b = l * rowsPerBlock;
        let sum = 0, odd = 0, r = 0;
        for (; r + 1 < count; r += 2) {
          sum += block[a + r] * block[b + r];
          odd += block[a + r + 1] * block[b + r + 1];
        }
        if (r < count) sum += block[a + r] * block[b + r];
        scatter[j * d + l] += sum + odd;
      }
    }
  }
  for (let j = 0; j < d; j++) for (let l = j + 1; l < d; l++) scatter[l * d + j] = scatter[j * d + l];

  const { values, vectors } = symmetricEigen(scatter, d);
  let totalVariance = 0;
  for (let j = 0; j < d; j++) totalVariance += Math.max(0, values[j]) / (n - 1);

  const components = vectors.slice(0, m * d);
  const explained = new Float64Array(m);
  const ratio = new Float64Array(m);
  const singular = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const value = Math.max(0, values[c]);
    explained[c] = value / (n - 1);
    ratio[c] = totalVariance > 0 ? explained[c] / totalVariance : 0;
    singular[c] = Math.sqrt(value);
  }

  checkStop(ctx);
  progress(0.85, 'projecting');
  const extremes = new Float64Array(m);
  const embedding = project(X, mean, components, m, extremes);
  flipSigns(embedding, components, extremes, d);
  progress(1, 'done');
  return { mean, components, explained_variance: explained, explained_variance_ratio: ratio, singular_values: singular, n_components: m, embedding };
}

/** Projects new rows on fitted components: (X - mean) components^T, rows x n_components. */
export function transformPCA(X: Matrix, pca: Pick<PCAResult, 'mean' | 'components' | 'n_components'>): Matrix {
  if (X.cols !== pca.mean.length) throw new Error(`Rows have ${X.cols} features, the PCA was fitted on ${pca.mean.length}`);
  return { data: project(X, pca.mean, pca.components, pca.n_components), rows: X.rows, cols: pca.n_components };
}

/**
 * (X - mean) components^T, row-major. When `extremes` is given, it receives for each component the
 * projected value of largest magnitude (the first on ties), found on the way instead of in a
 * column-by-column pass over the whole embedding.
 */
function project(X: Matrix, mean: Float64Array, components: Float64Array, m: number, extremes?: Float64Array): Float64Array {
  const { data, rows: n, cols: d } = X;
  const out = new Float64Array(n * m);
  const centred = new Float64Array(d);
  const largest = new Float64Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    const row = i * d;
    for (let j = 0; j < d; j++) centred[j] = data[row + j] - mean[j];
    for (let c = 0; c < m; c++) {
      const base = c * d;
      // Two accumulators (even/odd features): V8 runs the unrolled loop markedly faster.
      let dot = 0, odd = 0, j = 0;
      for (; j + 1 < d; j += 2) {
        dot += centred[j] * components[base + j];
        odd += centred[j + 1] * components[base + j + 1];
      }
      if (j < d) dot += centred[j] * components[base + j];
      const value = dot + odd;
      out[i * m + c] = value;
      const magnitude = Math.abs(value);
      if (magnitude > largest[c]) { largest[c] = magnitude; if (extremes) extremes[c] = value; }
    }
  }
  return out;
}

/**
 * scikit-learn 1.2's svd_flip on U: each component's sign makes the largest-magnitude entry of its
 * projected column positive (the first such row on ties), so both tools draw the same picture.
 */
function flipSigns(embedding: Float64Array, components: Float64Array, extremes: Float64Array, d: number): void {
  const m = extremes.length;
  const flip = Array.from(extremes, (value) => value < 0);
  if (!flip.includes(true)) return;
  for (let c = 0; c < m; c++) {
    if (flip[c]) for (let j = 0; j < d; j++) components[c * d + j] = -components[c * d + j];
  }
  const signs = Float64Array.from(flip, (f) => (f ? -1 : 1));
  const total = embedding.length;
  for (let i = 0; i < total; i += m) {
    for (let c = 0; c < m; c++) embedding[i + c] *= signs[c];
  }
}
