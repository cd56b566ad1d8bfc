// Fits the chosen algorithm on a prepared matrix and reduces its result to what the app carries:
// segment labels (-1 = noise), optional sub/micro levels, GMM probabilities, and a few diagnostics.
import type { FitContext } from '../analysis/fitContext';
import type { Matrix } from '../analysis/matrix';
import { fitKMeans } from '../analysis/kmeans';
import { fitMiniBatchKMeans } from '../analysis/miniBatchKMeans';
import { fitGaussianMixture } from '../analysis/gaussianMixture';
import { fitDBSCAN } from '../analysis/dbscan';
import { fitHDBSCAN } from '../analysis/hdbscan';
import { fitAgglomerative } from '../analysis/agglomerative';
import { cutTreeAtLargestGap, cutTreeByCount, cutTreeByHeight, cutTreeThreeLevels } from '../analysis/cutTree';
import type { AgglomerativeSettings, AlgorithmChoice } from './algorithmChoice';

export interface FittedSegments {
  labels: Int32Array;
  sub: Int32Array | null;
  micro: Int32Array | null;
  /** Top posterior probability of every row (Gaussian mixture only). */
  probability: Float64Array | null;
  /** Rows whose top probability is below the uncertainty threshold (Gaussian mixture only). */
  uncertainCount: number | null;
  inertia: number | null;
  bic: number | null;
  aic: number | null;
  nIter: number | null;
  /** Micro-clusters the tree was built on, or null when every row was a leaf. */
  builtOnMicroClusters: number | null;
  /** Height at which the tree was cut (agglomerative only). */
  cutHeight: number | null;
}

const none = {
  sub: null, micro: null, probability: null, uncertainCount: null, inertia: null, bic: null, aic: null,
  nIter: null, builtOnMicroClusters: null, cutHeight: null,
};

export function fitSegments(X: Matrix, choice: AlgorithmChoice, ctx: FitContext): FittedSegments {
  switch (choice.algorithm) {
    case 'kmeans': {
      const p = choice.params;
      const base = { n_clusters: p.n_clusters, n_init: p.n_init, max_iter: p.max_iter, tol: p.tol };
      const fit = p.algorithm === 'minibatch'
        ? fitMiniBatchKMeans(X, { ...base, batch_size: p.batch_size }, ctx)
        : fitKMeans(X, { ...base, algorithm: p.algorithm }, ctx);
      return { ...none, labels: fit.labels, inertia: fit.inertia, nIter: fit.n_iter };
    }
    case 'gmm': {
      const p = choice.params;
      const fit = fitGaussianMixture(X, p, ctx);
      const k = fit.n_components;
      const probability = new Float64Array(X.rows);
      let uncertainCount = 0;
      for (let i = 0; i < X.rows; i++) {
        let top = 0;
        for (let c = 0; c < k; c++) top = Math.max(top, fit.probabilities[i * k + c]);
        probability[i] = top;
        uncertainCount += fit.uncertain[i];
      }
      return { ...none, labels: fit.labels, probability, uncertainCount, bic: fit.bic, aic: fit.aic, nIter: fit.n_iter };
    }
    case 'dbscan':
      return { ...none, labels: fitDBSCAN(X, choice.params, ctx).labels };
    case 'hdbscan':
      return { ...none, labels: fitHDBSCAN(X, choice.params, ctx).labels };
    case 'agglomerative':
      return fitTree(X, choice.params, ctx);
  }
}

function fitTree(X: Matrix, p: AgglomerativeSettings, ctx: FitContext): FittedSegments {
  const metric = p.linkage === 'ward' ? 'euclidean' : p.metric;
  const tree = fitAgglomerative(X, { linkage: p.linkage, metric }, ctx);
  let labels: Int32Array;
  if (p.cut === 'height') labels = cutTreeByHeight(tree, p.height);
  else if (p.cut === 'gap') labels = cutTreeAtLargestGap(tree, { min_clusters: 2, max_clusters: Math.min(20, tree.n) }).labels;
  else labels = cutTreeByCount(tree, p.n_clusters);
  const segments = countLabels(labels);
  const cutHeight = segments > 1 && segments <= tree.n ? tree.heights[tree.n - segments] : null;
  if (!p.three_levels) return { ...none, labels, builtOnMicroClusters: tree.builtOnMicroClusters, cutHeight };
  const sub = Math.min(tree.n, Math.max(segments, p.sub_segments));
  const micro = Math.min(tree.n, Math.max(sub, p.micro_segments));
  const levels = cutTreeThreeLevels(tree, { segments, sub_segments: sub, micro_segments: micro });
  return {
    ...none, labels: levels.segment, sub: levels.subSegment, micro: levels.microSegment,
    builtOnMicroClusters: tree.builtOnMicroClusters, cutHeight,
  };
}

/** Number of segments in labels 0..k-1 with -1 for noise. */
export function countLabels(labels: Int32Array): number {
  let k = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] + 1 > k) k = labels[i] + 1;
  return k;
}
