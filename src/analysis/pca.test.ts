// PCA against scikit-learn's PCA(svd_solver='full') on correlated features, and the Jacobi
// eigendecomposition it rests on (A v = lambda v, orthonormal vectors).
import { describe, expect, it } from 'vitest';
import { fitPCA, transformPCA } from './pca';
import { symmetricEigen } from './symmetricEigen';
import { FitStoppedError } from './fitContext';
import { createRandom } from './random';
import { fixtureMatrix, loadKMeansPcaFixture } from './__fixtures__/kmeansPcaFixture';

const { pca: reference } = loadKMeansPcaFixture();
const X = fixtureMatrix(reference.X);

function expectRelative(actual: ArrayLike<number>, expected: number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(tolerance * Math.abs(e)));
}

/** Component rows equal up to sign, entry by entry within the tolerance. */
function expectSameUpToSign(actual: Float64Array, expected: number[][], d: number, tolerance: number): void {
  expected.forEach((row, c) => {
    const sign = Math.sign(row.reduce((acc, v, j) => acc + v * actual[c * d + j], 0));
    row.forEach((v, j) => expect(Math.abs(sign * actual[c * d + j] - v)).toBeLessThanOrEqual(tolerance));
  });
}

describe('fitPCA', () => {
  const pca = fitPCA(X, {}, { seed: 0 });
  const d = X.cols;

  it("matches scikit-learn's explained variance, ratios and singular values within 1e-9", () => {
    expect(pca.n_components).toBe(d);
    expectRelative(pca.explained_variance, reference.explained_variance, 1e-9);
    expectRelative(pca.explained_variance_ratio, reference.explained_variance_ratio, 1e-9);
    expectRelative(pca.singular_values, reference.singular_values, 1e-9);
    reference.mean.forEach((m, j) => expect(Math.abs(pca.mean[j] - m)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(m))));
  });

  it('finds the same components up to sign, and the same embedding', () => {
    expectSameUpToSign(pca.components, reference.components, d, 1e-9);
    // Signs follow sklearn's svd_flip, so the embedding matches without flipping.
    reference.components.forEach((row, c) => row.forEach((v, j) => expect(Math.abs(pca.components[c * d + j] - v)).toBeLessThanOrEqual(1e-9)));
    reference.embedding.forEach((row, i) => row.forEach((v, c) => expect(Math.abs(pca.embedding[i * d + c] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)))));
  });

  it('keeps n_components and transforms new rows like the embedding', () => {
    const two = fitPCA(X, { n_components: 2 }, { seed: 0 });
    expect(two.n_components).toBe(2);
    expectRelative(two.explained_variance, reference.two.explained_variance, 1e-9);
    expectRelative(two.explained_variance_ratio, reference.two.explained_variance_ratio, 1e-9);
    expectSameUpToSign(two.components, reference.two.components, d, 1e-9);
    const projected = transformPCA(X, two);
    expect(projected.cols).toBe(2);
    for (let i = 0; i < projected.data.length; i++) expect(Math.abs(projected.data[i] - two.embedding[i])).toBeLessThanOrEqual(1e-12);
  });

  it('is deterministic and stops when asked', () => {
    const again = fitPCA(X, {}, { seed: 0 });
    expect(Array.from(again.components)).toEqual(Array.from(pca.components));
    expect(() => fitPCA(X, {}, { seed: 0, shouldStop: () => true })).toThrow(FitStoppedError);
    expect(() => fitPCA(X, { n_components: 7 }, { seed: 0 })).toThrow(/n_components/);
  });
});

describe('symmetricEigen', () => {
  it('decomposes a random symmetric matrix to rounding accuracy', () => {
    const n = 12;
    const rng = createRandom(5);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rng.normal();
    const { values, vectors } = symmetricEigen(a, n);
    for (let e = 0; e < n; e++) {
      if (e > 0) expect(values[e]).toBeLessThanOrEqual(values[e - 1]);
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j] * vectors[e * n + j];
        expect(Math.abs(av - values[e] * vectors[e * n + i])).toBeLessThan(1e-12);
      }
      for (let f = 0; f < n; f++) {
        let dot = 0;
        for (let j = 0; j < n; j++) dot += vectors[e * n + j] * vectors[f * n + j];
        expect(Math.abs(dot - (e === f ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });
});
