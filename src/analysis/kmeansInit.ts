// Initial centres for k-means: scikit-learn's greedy k-means++, random rows, or centres given by the caller.
// k-means++ prunes rows with the triangle inequality, the step that dominates a fit on a million rows.
import type { Matrix } from './matrix';
import type { Random } from './random';
import { checkStop, type FitContext } from './fitContext';

export type KMeansInit = 'k-means++' | 'random' | Float64Array;

/** Picks the initial centres (k x d, row-major) for one run. */
export function initialCenters(X: Matrix, k: number, init: KMeansInit, rng: Random, ctx: FitContext): Float64Array {
  if (init instanceof Float64Array) {
    if (init.length !== k * X.cols) {
      throw new Error(`Initial centres hold ${init.length} values, expected n_clusters x features = ${k * X.cols}`);
    }
    return init.slice();
  }
  return init === 'random' ? randomRows(X, k, rng) : kmeansPlusPlus(X, k, rng, ctx);
}

/** k distinct rows chosen uniformly (partial Fisher-Yates over row indices, without an n-sized array). */
export function randomRows(X: Matrix, k: number, rng: Random): Float64Array {
  const { data, rows: n, cols: d } = X;
  const swapped = new Map<number, number>();
  const centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) {
    const pick = c + rng.int(n - c);
    const row = swapped.get(pick) ?? pick;
    swapped.set(pick, swapped.get(c) ?? c);
    centers.set(data.subarray(row * d, row * d + d), c * d);
  }
  return centers;
}

/**
 * Greedy k-means++ as scikit-learn's _kmeans_plusplus: each new centre is the best of
 * 2 + floor(ln k) candidates sampled in proportion to the squared distance to the nearest centre,
 * "best" meaning the lowest resulting potential.
 */
export function kmeansPlusPlus(X: Matrix, k: number, rng: Random, ctx: FitContext): Float64Array {
  const { data, rows: n, cols: d } = X;
  const centers = new Float64Array(k * d);
  const closestSq = new Float64Array(n);
  const closestCenter = new Int32Array(n);
  const trials = 2 + Math.floor(Math.log(k));
  const candidates = new Int32Array(trials);
  const potentials = new Float64Array(trials);
  // quarterGapSq[t * k + c] = |candidate t - centre c|^2 / 4: a row whose nearest centre c is closer
  // than that cannot get nearer to candidate t (triangle inequality), so its distance is skipped.
  const quarterGapSq = new Float64Array(trials * k);
  const shrink = 0.25 * (1 - 1e-9);

  const first = rng.int(n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    let dist = 0;
    for (let j = 0; j < d; j++) {
      const diff = data[i * d + j] - centers[j];
      dist += diff * diff;
    }
    closestSq[i] = dist;
    potential += dist;
  }

  for (let c = 1; c < k; c++) {
    checkStop(ctx);
    sampleCandidates(closestSq, potential, rng, candidates);
    for (let t = 0; t < trials; t++) {
      const cand = candidates[t] * d;
      for (let m = 0; m < c; m++) {
        let gap = 0;
        for (let j = 0; j < d; j++) {
          const diff = data[cand + j] - centers[m * d + j];
          gap += diff * diff;
        }
        quarterGapSq[t * k + m] = gap * shrink;
      }
    }
    potentials.fill(0);
    for (let i = 0; i < n; i++) {
      const current = closestSq[i];
      const nearest = closestCenter[i];
      const row = i * d;
      for (let t = 0; t < trials; t++) {
        if (quarterGapSq[t * k + nearest] >= current) { potentials[t] += current; continue; }
        const cand = candidates[t] * d;
        let dist = 0;
        for (let j = 0; j < d; j++) {
          const diff = data[row + j] - data[cand + j];
          dist += diff * diff;
        }
        potentials[t] += dist < current ? dist : current;
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t] < potentials[best]) best = t;
    potential = potentials[best];
    const chosen = candidates[best] * d;
    centers.set(data.subarray(chosen, chosen + d), c * d);
    const gapOffset = best * k;
    for (let i = 0; i < n; i++) {
      const current = closestSq[i];
      if (quarterGapSq[gapOffset + closestCenter[i]] >= current) continue;
      const row = i * d;
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const diff = data[row + j] - data[chosen + j];
        dist += diff * diff;
      }
      if (dist < current) { closestSq[i] = dist; closestCenter[i] = c; }
    }
  }
  return centers;
}

/** numpy.searchsorted(cumsum(closestSq), u * potential) for each draw, in one pass over the rows. */
function sampleCandidates(closestSq: Float64Array, potential: number, rng: Random, candidates: Int32Array): void {
  const trials = candidates.length;
  const targets = Array.from({ length: trials }, () => rng.next() * potential);
  const order = targets.map((_, t) => t).sort((a, b) => targets[a] - targets[b]);
  const n = closestSq.length;
  let cumulative = 0, next = 0;
  for (let i = 0; i < n && next < trials; i++) {
    cumulative += closestSq[i];
    while (next < trials && cumulative >= targets[order[next]]) candidates[order[next++]] = i;
  }
  while (next < trials) candidates[order[next++]] = n - 1;
}
