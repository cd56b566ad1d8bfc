// Starting responsibilities for EM, as scikit-learn's _initialize_parameters: one-hot k-means labels,
// seeded uniform random rows, or an explicit start (labels or responsibilities) to replay a reference run.

import type { Matrix } from './matrix';
import { createRandom } from './random';
import { fitKMeans } from './kmeans';

export type MixtureInit = 'kmeans' | 'random';

export interface MixtureStart {
  init_params?: MixtureInit;
  init_labels?: Int32Array;
  init_resp?: Float64Array;
}

/** Responsibilities (n x k) that the first M-step turns into starting parameters. */
export function initialResponsibilities(X: Matrix, k: number, start: MixtureStart, seed: number): Float64Array {
  const n = X.rows;
  if (start.init_resp) {
    if (start.init_resp.length !== n * k) throw new Error(`init_resp must hold ${n} x ${k} values`);
    return start.init_resp;
  }
  if (start.init_labels) return oneHot(start.init_labels, n, k);
  if ((start.init_params ?? 'kmeans') === 'random') {
    const rng = createRandom(seed);
    const resp = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const u = rng.next();
        resp[i * k + c] = u;
        sum += u;
      }
      for (let c = 0; c < k; c++) resp[i * k + c] /= sum;
    }
    return resp;
  }
  return oneHot(kmeansLabels(X, k, seed), n, k);
}

/** One k-means run (k-means++ start), as sklearn's KMeans(n_init=1) inside GaussianMixture. */
function kmeansLabels(X: Matrix, k: number, seed: number): Int32Array {
  return fitKMeans(X, { n_clusters: k, n_init: 1 }, { seed }).labels;
}

function oneHot(labels: Int32Array, n: number, k: number): Float64Array {
  if (labels.length !== n) throw new Error(`init_labels must hold ${n} labels`);
  const resp = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (c < 0 || c >= k) throw new Error(`init_labels must be in 0..${k - 1}, got ${c} at row ${i}`);
    resp[i * k + c] = 1;
  }
  return resp;
}
