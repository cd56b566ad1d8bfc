// Typed loader for kmeans_pca.json, the scikit-learn reference made by scripts/fixtures/make_kmeans_pca.py.
// Shared by the k-means, mini-batch, PCA, imputation and scaling tests; JSON null stands for NaN.
import { readFileSync } from 'node:fs';
import { matrixFromRows, type Matrix } from '../matrix';

export interface KMeansFromInit {
  tol: number;
  max_iter: number;
  init: number[][];
  labels: number[];
  centers: number[][];
  inertia: number;
  n_iter: number;
}

export interface KMeansPcaFixture {
  blobs: { X: number[][]; n_clusters: number; best_inertia: number; from_init: KMeansFromInit; empty_cluster: KMeansFromInit };
  overlap: { X: number[][]; from_init: KMeansFromInit; loose_tol: KMeansFromInit; max_iter_3: KMeansFromInit };
  minibatch: { X: number[][]; n_clusters: number; full_inertia: number };
  pca: {
    X: number[][];
    mean: number[];
    components: number[][];
    explained_variance: number[];
    explained_variance_ratio: number[];
    singular_values: number[];
    embedding: number[][];
    two: { components: number[][]; explained_variance: number[]; explained_variance_ratio: number[] };
  };
  impute: { X: (number | null)[][]; statistics: (number | null)[]; imputed_kept_columns: number[][] };
  scale: { X: (number | null)[][]; mean: number[]; scale: number[]; transformed: (number | null)[][] };
}

export function loadKMeansPcaFixture(): KMeansPcaFixture {
  return JSON.parse(readFileSync(new URL('./kmeans_pca.json', import.meta.url), 'utf8')) as KMeansPcaFixture;
}

/** A matrix from fixture rows, null read back as NaN. */
export function fixtureMatrix(rows: (number | null)[][]): Matrix {
  return matrixFromRows(rows.map((row) => row.map((v) => (v === null ? NaN : v))));
}
