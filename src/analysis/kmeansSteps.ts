// The building blocks shared by every k-means variant: exhaustive and bounded (Hamerly) assignment,
// the centre update with scikit-learn's empty-cluster relocation, centre shifts, inertia, tolerance.
// Distance loops use two accumulators (even/odd features): V8 runs them about a third faster.
import type { Matrix } from './matrix';

/** Scratch arrays reused across iterations so that no step allocates per point. */
export interface KMeansWorkspace {
  sums: Float64Array;
  counts: Float64Array;
  halfGap: Float64Array;
  shifts: Float64Array;
}

export function createWorkspace(k: number, d: number): KMeansWorkspace {
  return { sums: new Float64Array(k * d), counts: new Float64Array(k), halfGap: new Float64Array(k), shifts: new Float64Array(k) };
}

/**
 * Assigns every row to its nearest centre (first one on ties, like scikit-learn), recording the
 * distance to the nearest (upper) and second nearest (lower) centre for Hamerly's bounds.
 * Returns how many labels changed.
 */
export function assignExhaustive(X: Matrix, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array | null, lower: Float64Array | null): number {
  const { data, rows: n, cols: d } = X;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const row = i * d;
    let best = Infinity, second = Infinity, bestIndex = 0;
    for (let c = 0; c < k; c++) {
      const base = c * d;
      let dist = 0, odd = 0, j = 0;
      for (; j + 1 < d; j += 2) {
        const even = data[row + j] - centers[base + j], next = data[row + j + 1] - centers[base + j + 1];
        dist += even * even;
        odd += next * next;
      }
      if (j < d) { const last = data[row + j] - centers[base + j]; dist += last * last; }
      dist += odd;
      if (dist < best) { second = best; best = dist; bestIndex = c; } else if (dist < second) second = dist;
    }
    if (labels[i] !== bestIndex) { labels[i] = bestIndex; changed++; }
    if (upper && lower) { upper[i] = Math.sqrt(best); lower[i] = Math.sqrt(second); }
  }
  return changed;
}

/** Half the distance from each centre to its nearest other centre (Hamerly's s(j)). */
function computeHalfGaps(centers: Float64Array, k: number, d: number, halfGap: Float64Array): void {
  halfGap.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const diff = centers[a * d + j] - centers[b * d + j];
        dist += diff * diff;
      }
      const half = 0.5 * Math.sqrt(dist);
      if (half < halfGap[a]) halfGap[a] = half;
      if (half < halfGap[b]) halfGap[b] = half;
    }
  }
}

/**
 * Hamerly's assignment: a row whose upper bound is below both its lower bound and half the gap
 * around its centre cannot change label, so late iterations skip nearly every distance.
 * Bounds must already account for the last centre moves (see moveBounds). Returns labels changed.
 */
export function assignHamerly(X: Matrix, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array, lower: Float64Array, ws: KMeansWorkspace): number {
  const { data, rows: n, cols: d } = X;
  const halfGap = ws.halfGap;
  computeHalfGaps(centers, k, d, halfGap);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const current = labels[i];
    const gap = halfGap[current];
    const bound = gap > lower[i] ? gap : lower[i];
    if (upper[i] <= bound) continue;
    const row = i * d;
    let tight = 0;
    const own = current * d;
    for (let j = 0; j < d; j++) {
      const diff = data[row + j] - centers[own + j];
      tight += diff * diff;
    }
    tight = Math.sqrt(tight);
    upper[i] = tight;
    if (tight <= bound) continue;
    let best = Infinity, second = Infinity, bestIndex = 0;
    for (let c = 0; c < k; c++) {
      const base = c * d;
      let dist = 0, odd = 0, j = 0;
      for (; j + 1 < d; j += 2) {
        const even = data[row + j] - centers[base + j], next = data[row + j + 1] - centers[base + j + 1];
        dist += even * even;
        odd += next * next;
      }
      if (j < d) { const last = data[row + j] - centers[base + j]; dist += last * last; }
      dist += odd;
      if (dist < best) { second = best; best = dist; bestIndex = c; } else if (dist < second) second = dist;
    }
    if (bestIndex !== current) { labels[i] = bestIndex; changed++; }
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
  }
  return changed;
}

/** Widens the bounds by how far the centres moved, keeping them valid for the next assignment. */
export function moveBounds(labels: Int32Array, upper: Float64Array, lower: Float64Array, shifts: Float64Array): void {
  let maxShift = 0, secondShift = 0, maxIndex = -1;
  for (let c = 0; c < shifts.length; c++) {
    const s = shifts[c];
    if (s > maxShift) { secondShift = maxShift; maxShift = s; maxIndex = c; } else if (s > secondShift) secondShift = s;
  }
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    upper[i] += shifts[c];
    lower[i] -= c === maxIndex ? secondShift : maxShift;
  }
}

/**
 * New centres as the means of their rows. An empty cluster takes the row farthest from its old
 * centre, which leaves its own cluster, exactly as scikit-learn's _relocate_empty_clusters_dense
 * (labels stay as they are; the next assignment settles them).
 */
export function updateCenters(X: Matrix, labels: Int32Array, k: number, oldCenters: Float64Array,
  newCenters: Float64Array, ws: KMeansWorkspace): void {
  const { data, rows: n, cols: d } = X;
  const { sums, counts } = ws;
  sums.fill(0);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    counts[c]++;
    const base = c * d, row = i * d;
    for (let j = 0; j < d; j++) sums[base + j] += data[row + j];
  }
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
  if (empty.length > 0) relocateEmptyClusters(X, labels, oldCenters, empty, ws);
  for (let c = 0; c < k; c++) {
    const count = counts[c];
    for (let j = 0; j < d; j++) newCenters[c * d + j] = count > 0 ? sums[c * d + j] / count : sums[c * d + j];
  }
}

function relocateEmptyClusters(X: Matrix, labels: Int32Array, oldCenters: Float64Array, empty: number[], ws: KMeansWorkspace): void {
  const { data, rows: n, cols: d } = X;
  const { sums, counts } = ws;
  // Keep the len(empty) farthest rows in a tiny sorted list (farthest first, lower index on ties).
  const farIndex: number[] = [];
  const farDist: number[] = [];
  for (let i = 0; i < n; i++) {
    const base = labels[i] * d, row = i * d;
    let dist = 0, odd = 0, j = 0;
    for (; j + 1 < d; j += 2) {
      const even = data[row + j] - oldCenters[base + j], next = data[row + j + 1] - oldCenters[base + j + 1];
      dist += even * even;
      odd += next * next;
    }
    if (j < d) { const last = data[row + j] - oldCenters[base + j]; dist += last * last; }
    dist += odd;
    if (farIndex.length === empty.length && dist <= farDist[farDist.length - 1]) continue;
    let at = farDist.length;
    while (at > 0 && farDist[at - 1] < dist) at--;
    farDist.splice(at, 0, dist);
    farIndex.splice(at, 0, i);
    if (farIndex.length > empty.length) { farDist.pop(); farIndex.pop(); }
  }
  for (let e = 0; e < empty.length && e < farIndex.length; e++) {
    const target = empty[e], far = farIndex[e], source = labels[far];
    for (let j = 0; j < d; j++) {
      const value = data[far * d + j];
      sums[source * d + j] -= value;
      sums[target * d + j] = value;
    }
    counts[source]--;
    counts[target] = 1;
  }
}

/** Euclidean move of each centre into shifts; returns the sum of squared moves (sklearn's center_shift_tot). */
export function centerShifts(oldCenters: Float64Array, newCenters: Float64Array, k: number, d: number, shifts: Float64Array): number {
  let total = 0;
  for (let c = 0; c < k; c++) {
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const diff = newCenters[c * d + j] - oldCenters[c * d + j];
      sq += diff * diff;
    }
    shifts[c] = Math.sqrt(sq);
    total += sq;
  }
  return total;
}

/** Sum of squared distances from each row to its assigned centre. */
export function inertiaOf(X: Matrix, centers: Float64Array, labels: Int32Array): number {
  const { data, rows: n, cols: d } = X;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const base = labels[i] * d, row = i * d;
    let dist = 0, odd = 0, j = 0;
    for (; j + 1 < d; j += 2) {
      const even = data[row + j] - centers[base + j], next = data[row + j + 1] - centers[base + j + 1];
      dist += even * even;
      odd += next * next;
    }
    if (j < d) { const last = data[row + j] - centers[base + j]; dist += last * last; }
    dist += odd;
    total += dist;
  }
  return total;
}

/** scikit-learn's absolute tolerance: tol times the mean of the per-feature variances. */
export function absoluteTolerance(X: Matrix, tol: number): number {
  if (tol === 0) return 0;
  const { data, rows: n, cols: d } = X;
  if (n === 0 || d === 0) return 0;
  // One pass of sums shifted by the first row, which keeps the variance accurate when the mean is
  // far from zero; a threshold needs no more than that.
  const sums = new Float64Array(d);
  const squares = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const row = i * d;
    for (let j = 0; j < d; j++) {
      const shifted = data[row + j] - data[j];
      sums[j] += shifted;
      squares[j] += shifted * shifted;
    }
  }
  let varianceSum = 0;
  for (let j = 0; j < d; j++) varianceSum += Math.max(0, (squares[j] - (sums[j] * sums[j]) / n) / n);
  return tol * (varianceSum / d);
}
