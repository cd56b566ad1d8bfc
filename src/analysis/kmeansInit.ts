// Initial centres for k-means: scikit-learn's greedy k-means++, random rows, or centres given by the caller.
// k-means++ prunes rows with the triangle inequality and sums distances in even/odd pairs: it dominates a fit on a million rows.
import type { Matrix } from './matrix';
import type { Random } from './random';
import { checkStop, type FitContext } from './fitContext';

export type KMeansInit = 'k-means++' | 'random' | Float64Array;

/** Called after each k-means++ centre with the fraction of centres chosen (long on a million rows). */
export type InitProgress = (fraction: number) => void;

/** Picks the initial centres (k x d, row-major) for one run. */
export function initialCenters(X: Matrix, k: number, init: KMeansInit, rng: Random, ctx: FitContext,
  onProgress?: InitProgress): Float64Array {
  if (init instanceof Float64Array) {
    if (init.length !== k * X.cols) {
      throw new Error(`Initial centres hold ${init.length} values, expected n_clusters x features = ${k * X.cols}`);
    }
    return init.slice();
  }
  return init === 'random' ? randomRows(X, k, rng) : kmeansPlusPlus(X, k, rng, ctx, onProgress);
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
export function kmeansPlusPlus(X: Matrix, k: number, rng: Random, ctx: FitContext, onProgress?: InitProgress): Float64Array {
  const { data, rows: n, cols: d } = X;
  const centers = new Float64Array(k * d);
  let closestSq = new Float64Array(n);
  let bestSq = new Float64Array(n);
  let trialSq = new Float64Array(n);
  const closestCenter = new Int32Array(n);
  const trials = 2 + Math.floor(Math.log(k));
  const candidates = new Int32Array(trials);
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
    onProgress?.(c / k);
    sampleCandidates(closestSq, potential, rng, candidates);
    for (let t = 0; t < trials; t++) {
      const cand = candidates[t] * d;
      for (let m = 0; m < c; m++) {
        let gap = 0, odd = 0, j = 0;
        for (; j + 1 < d; j += 2) {
          const even = data[cand + j] - centers[m * d + j], next = data[cand + j + 1] - centers[m * d + j + 1];
          gap += even * even;
          odd += next * next;
        }
        if (j < d) { const last = data[cand + j] - centers[m * d + j]; gap += last * last; }
        gap += odd;
        quarterGapSq[t * k + m] = gap * shrink;
      }
    }
    // Each candidate pass writes its min(current, distance^2) per row; the best pass's array is kept,
    // so the chosen centre needs no second pass over the rows.
    let bestTrial = -1;
    for (let t = 0; t < trials; t++) {
      const trialPotential = candidatePotential(data, d, candidates[t] * d, closestSq, closestCenter, quarterGapSq, t * k, trialSq);
      if (bestTrial < 0 || trialPotential < potential) {
        [bestSq, trialSq] = [trialSq, bestSq];
        potential = trialPotential;
        bestTrial = t;
      }
    }
    const chosen = candidates[bestTrial] * d;
    centers.set(data.subarray(chosen, chosen + d), c * d);
    for (let i = 0; i < n; i++) if (bestSq[i] < closestSq[i]) closestCenter[i] = c;
    [closestSq, bestSq] = [bestSq, closestSq];
  }
  return centers;
}

/** Potential if the row at offset `cand` became a centre, with each row's min(current, distance^2) in `out`. */
function candidatePotential(data: Float64Array, d: number, cand: number, closestSq: Float64Array,
  closestCenter: Int32Array, quarterGapSq: Float64Array, gapOffset: number, out: Float64Array): number {
  const n = closestSq.length;
  let potential = 0;
  for (let i = 0; i < n; i++) {
    const current = closestSq[i];
    if (quarterGapSq[gapOffset + closestCenter[i]] >= current) { out[i] = current; potential += current; continue; }
    const row = i * d;
    let dist = 0, odd = 0, j = 0;
    for (; j + 1 < d; j += 2) {
      const even = data[row + j] - data[cand + j], next = data[row + j + 1] - data[cand + j + 1];
      dist += even * even;
      odd += next * next;
    }
    if (j < d) { const last = data[row + j] - data[cand + j]; dist += last * last; }
    dist += odd;
    const nearest = dist < current ? dist : current;
    out[i] = nearest;
    potential += nearest;
  }
  return potential;
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
