// t-SNE input similarities: per-row Gaussian bandwidths found by binary search on the perplexity over the
// k = 3*perplexity nearest neighbours, then symmetrised and normalised (sklearn's _joint_probabilities_nn).

import type { NeighborTable } from '../projection/kdTreeNeighbors';

/** Sparse symmetric P in CSR form: row i's entries are columns[rowStart[i] .. rowStart[i+1]). */
export interface SparseAffinities {
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

const PERPLEXITY_TOLERANCE = 1e-5;
const MAX_STEPS = 100;
const EPSILON_DBL = 1e-8;
const MACHINE_EPSILON = 2.220446049250313e-16;

/** Conditional p(j|i) for each neighbour, from squared distances, as sklearn's _binary_search_perplexity. */
export function conditionalProbabilities(neighbors: NeighborTable, perplexity: number): Float64Array {
  const { distances, k } = neighbors;
  const n = distances.length / k;
  const P = new Float64Array(n * k);
  const squared = new Float64Array(k);
  const desiredEntropy = Math.log(perplexity);
  for (let i = 0; i < n; i++) {
    const o = i * k;
    for (let m = 0; m < k; m++) { const v = distances[o + m]; squared[m] = v * v; }
    let beta = 1;
    let betaMin = -Infinity;
    let betaMax = Infinity;
    for (let step = 0; step < MAX_STEPS; step++) {
      let sumP = 0;
      for (let m = 0; m < k; m++) { const p = Math.exp(-squared[m] * beta); P[o + m] = p; sumP += p; }
      if (sumP === 0) sumP = EPSILON_DBL;
      let sumDistP = 0;
      for (let m = 0; m < k; m++) { P[o + m] /= sumP; sumDistP += squared[m] * P[o + m]; }
      const entropyDiff = Math.log(sumP) + beta * sumDistP - desiredEntropy;
      if (Math.abs(entropyDiff) <= PERPLEXITY_TOLERANCE) break;
      if (entropyDiff > 0) {
        betaMin = beta;
        beta = betaMax === Infinity ? beta * 2 : (beta + betaMax) / 2;
      } else {
        betaMax = beta;
        beta = betaMin === -Infinity ? beta / 2 : (beta + betaMin) / 2;
      }
    }
  }
  return P;
}

/** P = (C + C^T) / sum, merging the (i, j) and (j, i) entries into one. */
export function symmetrize(neighbors: NeighborTable, conditional: Float64Array): SparseAffinities {
  const { indices, k } = neighbors;
  const n = indices.length / k;
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    counts[i] += k;
    for (let m = 0; m < k; m++) counts[indices[i * k + m]]++;
  }
  const bound = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) bound[i + 1] = bound[i] + counts[i];
  const fill = bound.slice(0, n);
  const cols = new Int32Array(bound[n]);
  const vals = new Float64Array(bound[n]);
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < k; m++) {
      const j = indices[i * k + m];
      const p = conditional[i * k + m];
      cols[fill[i]] = j; vals[fill[i]++] = p;
      cols[fill[j]] = i; vals[fill[j]++] = p;
    }
  }
  // Merge duplicates row by row with a position marker per column.
  const position = new Int32Array(n).fill(-1);
  const rowStart = new Int32Array(n + 1);
  let out = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const first = out;
    for (let e = bound[i]; e < bound[i + 1]; e++) {
      const j = cols[e];
      if (position[j] >= first) vals[position[j]] += vals[e];
      else { position[j] = out; cols[out] = j; vals[out++] = vals[e]; }
    }
    for (let e = first; e < out; e++) total += vals[e];
    rowStart[i + 1] = out;
  }
  const scale = 1 / Math.max(total, MACHINE_EPSILON);
  const values = vals.slice(0, out);
  for (let e = 0; e < out; e++) values[e] *= scale;
  return { rowStart, columns: cols.slice(0, out), values };
}

/**
 * The entries of a symmetric P above its diagonal (column > row), same CSR layout: the gradient visits each
 * pair once and applies the attraction to both ends (symmetrize makes p_ij and p_ji bit-for-bit equal).
 */
export function upperTriangle(P: SparseAffinities): SparseAffinities {
  const n = P.rowStart.length - 1;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let kept = 0;
    for (let e = P.rowStart[i]; e < P.rowStart[i + 1]; e++) if (P.columns[e] > i) kept++;
    rowStart[i + 1] = rowStart[i] + kept;
  }
  const columns = new Int32Array(rowStart[n]);
  const values = new Float64Array(rowStart[n]);
  let out = 0;
  for (let i = 0; i < n; i++) {
    for (let e = P.rowStart[i]; e < P.rowStart[i + 1]; e++) {
      if (P.columns[e] > i) { columns[out] = P.columns[e]; values[out++] = P.values[e]; }
    }
  }
  return { rowStart, columns, values };
}
