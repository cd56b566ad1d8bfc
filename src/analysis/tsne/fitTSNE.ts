// Barnes-Hut t-SNE with scikit-learn 1.2's parameters and optimiser: PCA start, early exaggeration for
// 250 iterations at momentum 0.5, then momentum 0.8, gains and a learning rate of max(n / 12 / 4, 50).

import type { Matrix } from '../matrix';
import { checkStop, throttledProgress, type FitContext } from '../fitContext';
import { kNearestNeighbors } from '../projection/kdTreeNeighbors';
import { principalProjection } from '../projection/pcaInit';
import { conditionalProbabilities, symmetrize, upperTriangle } from './jointProbabilities';
import { breadthFirstOrder, relabelAffinities } from './affinityOrder';
import { QuadTree } from './quadTree';
import { barnesHutGradient } from './barnesHutGradient';
import { GroupedRepulsion } from './groupedRepulsion';
import { createRandom } from '../random';

export interface TSNEParams {
  perplexity?: number;
  early_exaggeration?: number;
  learning_rate?: number | 'auto';
  n_iter?: number;
  n_iter_without_progress?: number;
  min_grad_norm?: number;
  angle?: number;
  init?: 'pca' | 'random';
  /** Called every layoutEvery iterations with the live (n x 2, row-major) layout; copy it to keep it. */
  onLayout?: (embedding: Float64Array, iteration: number) => void;
  layoutEvery?: number;
}

export interface TSNEResult {
  embedding: Matrix;
  kl_divergence: number;
  /** Index of the last iteration run (sklearn's n_iter_). */
  n_iter: number;
  learning_rate: number;
}

const EXPLORATION_N_ITER = 250;
const N_ITER_CHECK = 50;
const MIN_GAIN = 0.01;
/** Points sharing one tree walk in the repulsion (measured fastest at 20k points; any size gives the same accuracy bound). */
const REPULSION_GROUP = 32;

export function fitTSNE(X: Matrix, params: TSNEParams, ctx: FitContext): TSNEResult {
  const n = X.rows;
  const perplexity = params.perplexity ?? 30;
  const exaggeration = params.early_exaggeration ?? 12;
  const nIter = params.n_iter ?? 1000;
  const angle = params.angle ?? 0.5;
  const layoutEvery = params.layoutEvery ?? 25;
  if (n < 2) throw new Error('t-SNE needs at least 2 rows');
  if (perplexity >= n) throw new Error(`perplexity (${perplexity}) must be less than the number of rows (${n})`);
  const learningRate = params.learning_rate === undefined || params.learning_rate === 'auto'
    ? Math.max(n / exaggeration / 4, 50) : params.learning_rate;
  const progress = throttledProgress(ctx);

  progress(0, 'neighbours');
  const k = Math.min(n - 1, Math.floor(3 * perplexity + 1));
  const neighbors = kNearestNeighbors(X, k, 'euclidean', false, (done) => {
    checkStop(ctx);
    progress(0.1 * done / n, 'neighbours');
  });
  checkStop(ctx);
  progress(0.1, 'perplexity');
  const P = symmetrize(neighbors, conditionalProbabilities(neighbors, perplexity));
  // The optimisation works on points renumbered so that P's neighbours sit close in memory; `layout`
  // gives the caller rows in the input's order.
  const order = breadthFirstOrder(P);
  const upperP = upperTriangle(relabelAffinities(P, order));
  checkStop(ctx);

  const start = initialLayout(X, params.init ?? 'pca', ctx);
  const Y = new Float64Array(2 * n);
  for (let r = 0; r < n; r++) { Y[2 * r] = start[2 * order[r]]; Y[2 * r + 1] = start[2 * order[r] + 1]; }
  const output = new Float64Array(2 * n);
  const layout = (): Float64Array => {
    for (let r = 0; r < n; r++) { output[2 * order[r]] = Y[2 * r]; output[2 * order[r] + 1] = Y[2 * r + 1]; }
    return output;
  };
  const tree = new QuadTree(n);
  const walk = new GroupedRepulsion(REPULSION_GROUP);
  const grad = new Float64Array(2 * n);
  const attraction = new Float64Array(2 * n);
  const repulsion = new Float64Array(2 * n);
  const update = new Float64Array(2 * n);
  const gains = new Float64Array(2 * n);
  const visitOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) visitOrder[i] = i;

  /** sklearn's _gradient_descent: returns [error, last iteration]. */
  const descend = (start: number, stop: number, momentum: number, withoutProgress: number, exag: number): [number, number] => {
    update.fill(0);
    gains.fill(1);
    let error = Number.MAX_VALUE;
    let bestError = Number.MAX_VALUE;
    let bestIter = start;
    let i = start;
    for (; i < stop; i++) {
      checkStop(ctx);
      const check = (i + 1) % N_ITER_CHECK === 0;
      const kl = barnesHutGradient(Y, n, upperP, exag, tree, walk, angle, grad, attraction, repulsion, visitOrder, check || i === stop - 1);
      if (!Number.isNaN(kl)) error = kl;
      let gradNorm2 = 0;
      for (let c = 0; c < 2 * n; c++) {
        const g = grad[c];
        const gain = update[c] * g < 0 ? gains[c] + 0.2 : Math.max(gains[c] * 0.8, MIN_GAIN);
        gains[c] = gain;
        const scaled = g * gain;
        gradNorm2 += scaled * scaled;
        update[c] = momentum * update[c] - learningRate * scaled;
        Y[c] += update[c];
      }
      if (params.onLayout && (i + 1) % layoutEvery === 0) params.onLayout(layout(), i + 1);
      progress(0.15 + 0.85 * (i + 1) / nIter, i < EXPLORATION_N_ITER ? 'early exaggeration' : 'optimisation');
      if (check) {
        if (error < bestError) { bestError = error; bestIter = i; } else if (i - bestIter > withoutProgress) break;
        if (Math.sqrt(gradNorm2) <= (params.min_grad_norm ?? 1e-7)) break;
      }
    }
    return [error, Math.min(i, stop - 1)];
  };

  let [kl, it] = descend(0, Math.min(EXPLORATION_N_ITER, nIter), 0.5, EXPLORATION_N_ITER, exaggeration);
  if (it < EXPLORATION_N_ITER - 1 || nIter > EXPLORATION_N_ITER) {
    [kl, it] = descend(it + 1, nIter, 0.8, params.n_iter_without_progress ?? 300, 1);
  }
  const embedding = layout();
  params.onLayout?.(embedding, it + 1);
  progress(1, 'done');
  return { embedding: { data: embedding, rows: n, cols: 2 }, kl_divergence: kl, n_iter: it, learning_rate: learningRate };
}

/** sklearn's start: PCA scaled so the first coordinate has standard deviation 1e-4 (or N(0, 1e-4^2)). */
function initialLayout(X: Matrix, init: 'pca' | 'random', ctx: FitContext): Float64Array {
  const n = X.rows;
  if (init === 'random') {
    const Y = new Float64Array(2 * n);
    const rng = createRandom(ctx.seed);
    for (let c = 0; c < 2 * n; c++) Y[c] = 1e-4 * rng.normal();
    return Y;
  }
  const Y = principalProjection(X, 2, ctx);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += Y[2 * i];
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (Y[2 * i] - mean) ** 2;
  const std = Math.sqrt(variance / n) || 1;
  for (let c = 0; c < 2 * n; c++) Y[c] = (Y[c] / std) * 1e-4;
  return Y;
}
