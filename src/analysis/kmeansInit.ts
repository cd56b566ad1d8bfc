// Initial centres for k-means: scikit-learn's greedy k-means++, random rows, or centres given by the caller.
// k-means++ (the costliest step on a million rows) prunes rows by the triangle inequality, sums distances in even/odd pairs.
import type { Matrix } from './matrix';
import type { Random } from './random';
import { checkStop, type FitContext } from './fitContext';

export type KMeansInit = 'k-means++' | 'random' | Float64Array;

const rowsPerBlock = 4096;
/** Candidate distances are kept up to this many values (64 MB); beyond, the winner's are recomputed. */
const maxKeptDistances = 8_388_608;

/** Called after each k-means++ centre with the fraction of centres chosen (long on a million rows). */
export type InitProgress = (fraction: number) => void;

/** Where a run starts: its centres and, after k-means++, every row's nearest centre with Hamerly bounds. */
export interface KMeansStart {
  centers: Float64Array;
  /** labels: nearest centre; upper: distance to it; lower: at most the distance to the second nearest. */
  bounds?: { labels: Int32Array; upper: Float64Array; lower: Float64Array };
}

/** Picks the initial centres (k x d, row-major) for one run, with bounds when k-means++ found them. */
export function initialStart(X: Matrix, k: number, init: KMeansInit, rng: Random, ctx: FitContext,
  onProgress?: InitProgress): KMeansStart {
  if (init instanceof Float64Array) {
    if (init.length !== k * X.cols) {
      throw new Error(`Initial centres hold ${init.length} values, expected n_clusters x features = ${k * X.cols}`);
    }
    return { centers: init.slice() };
  }
  return init === 'random' ? { centers: randomRows(X, k, rng) } : kmeansPlusPlus(X, k, rng, ctx, onProgress);
}

/** Initial centres only (k x d, row-major). */
export function initialCenters(X: Matrix, k: number, init: KMeansInit, rng: Random, ctx: FitContext): Float64Array {
  return initialStart(X, k, init, rng, ctx).centers;
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
 * "best" meaning the lowest resulting potential. Rows keep their nearest centre, its distance and a
 * lower bound on the second nearest, so the first k-means assignment can skip most distances.
 */
export function kmeansPlusPlus(X: Matrix, k: number, rng: Random, ctx: FitContext, onProgress?: InitProgress,
  keepLimit = maxKeptDistances): KMeansStart {
  const { data, rows: n, cols: d } = X;
  const centers = new Float64Array(k * d);
  const closestSq = new Float64Array(n);
  const closest = new Float64Array(n);
  const second = new Float64Array(n).fill(Infinity);
  const labels = new Int32Array(n);
  const trials = 2 + Math.floor(Math.log(k));
  const candidates = new Int32Array(trials);
  // quarterGapSq[t * k + c] = |candidate t - centre c|^2 / 4 (shrunk a hair): a row whose nearest centre
  // c is closer than that cannot get nearer to candidate t (triangle inequality), so it is skipped.
  const quarterGapSq = new Float64Array(trials * k);
  const shrink = 0.25 * (1 - 1e-9);
  const gapDistance = new Float64Array(k);
  // Squared distances to each candidate, written only for the rows it could not skip (if they fit).
  const kept = trials * n <= keepLimit ? Array.from({ length: trials }, () => new Float64Array(n)) : null;
  const gains = new Float64Array(trials);

  const first = rng.int(n) * d;
  centers.set(data.subarray(first, first + d), 0);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    const row = i * d;
    let dist = 0, odd = 0, j = 0;
    for (; j + 1 < d; j += 2) {
      const even = data[row + j] - data[first + j], next = data[row + j + 1] - data[first + j + 1];
      dist += even * even;
      odd += next * next;
    }
    if (j < d) { const last = data[row + j] - data[first + j]; dist += last * last; }
    dist += odd;
    closestSq[i] = dist;
    closest[i] = Math.sqrt(dist);
    potential += dist;
  }

  for (let c = 1; c < k; c++) {
    checkStop(ctx);
    onProgress?.(c / k);
    sampleCandidates(closestSq, potential, rng, candidates);
    for (let t = 0; t < trials; t++) {
      const cand = candidates[t] * d;
      for (let m = 0; m < c; m++) quarterGapSq[t * k + m] = rowDistanceSq(data, cand, centers, m * d, d) * shrink;
    }
    // Compare candidates by their change in potential: only rows that get closer contribute. Rows go
    // in blocks through all candidates while they are in cache; the candidates' distances are kept
    // when memory allows, so the update below need not recompute the winner's.
    gains.fill(0);
    for (let start = 0; start < n; start += rowsPerBlock) {
      const end = Math.min(n, start + rowsPerBlock);
      for (let t = 0; t < trials; t++) {
        gains[t] += candidateGain(data, d, candidates[t] * d, closestSq, labels, quarterGapSq, t * k, kept?.[t] ?? null, start, end);
      }
    }
    let bestTrial = 0;
    for (let t = 1; t < trials; t++) if (gains[t] < gains[bestTrial]) bestTrial = t;
    const bestDist = kept?.[bestTrial] ?? null;
    const chosen = candidates[bestTrial] * d;
    centers.set(data.subarray(chosen, chosen + d), c * d);
    const gapOffset = bestTrial * k;
    for (let m = 0; m < c; m++) gapDistance[m] = Math.sqrt(rowDistanceSq(data, chosen, centers, m * d, d)) * (1 - 1e-12);
    potential = 0;
    for (let i = 0; i < n; i++) {
      const current = closestSq[i];
      const nearest = labels[i];
      if (quarterGapSq[gapOffset + nearest] >= current) {
        const bound = gapDistance[nearest] - closest[i];
        if (bound < second[i]) second[i] = bound;
        potential += current;
        continue;
      }
      const dist = bestDist ? bestDist[i] : rowDistanceSq(data, i * d, data, chosen, d);
      if (dist < current) {
        if (closest[i] < second[i]) second[i] = closest[i];
        closestSq[i] = dist;
        closest[i] = Math.sqrt(dist);
        labels[i] = c;
        potential += dist;
      } else {
        const distance = Math.sqrt(dist);
        if (distance < second[i]) second[i] = distance;
        potential += current;
      }
    }
  }
  return { centers, bounds: { labels, upper: closest, lower: second } };
}

/** Squared distance between two rows, summed exactly as the inlined loops do (even/odd pairs). */
function rowDistanceSq(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, d: number): number {
  let dist = 0, odd = 0, j = 0;
  for (; j + 1 < d; j += 2) {
    const even = a[aOffset + j] - b[bOffset + j], next = a[aOffset + j + 1] - b[bOffset + j + 1];
    dist += even * even;
    odd += next * next;
  }
  if (j < d) { const last = a[aOffset + j] - b[bOffset + j]; dist += last * last; }
  return dist + odd;
}

/**
 * Change in potential over rows [start, end) if the row at offset `cand` became a centre (sum over
 * rows it would pull closer); the squared distances of the rows not skipped go to `out` if given.
 */
function candidateGain(data: Float64Array, d: number, cand: number, closestSq: Float64Array, labels: Int32Array,
  quarterGapSq: Float64Array, gapOffset: number, out: Float64Array | null, start: number, end: number): number {
  let gain = 0;
  for (let i = start; i < end; i++) {
    const current = closestSq[i];
    if (quarterGapSq[gapOffset + labels[i]] >= current) continue;
    const row = i * d;
    let dist = 0, odd = 0, j = 0;
    for (; j + 1 < d; j += 2) {
      const even = data[row + j] - data[cand + j], next = data[row + j + 1] - data[cand + j + 1];
      dist += even * even;
      odd += next * next;
    }
    if (j < d) { const last = data[row + j] - data[cand + j]; dist += last * last; }
    dist += odd;
    if (out) out[i] = dist;
    if (dist < current) gain += dist - current;
  }
  return gain;
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
