// The Barnes-Hut t-SNE gradient (van der Maaten 2014; sklearn's _barnes_hut_tsne.gradient, dof = 1):
// exact attraction over the sparse P, repulsion summarised by the quadtree; writes into caller buffers.

import type { SparseAffinities } from './jointProbabilities';
import type { QuadTree } from './quadTree';
import type { GroupedRepulsion } from './groupedRepulsion';

const FLOAT32_TINY = 1.1754943508222875e-38;

/**
 * Fills grad (length 2n) with dKL/dY for P scaled by `exaggeration`, given P's upper triangle
 * (upperTriangle(): each pair once); returns the KL divergence when computeError, else NaN. `attraction`
 * and `repulsion` (2n each) are scratch; `visitOrder` (a permutation of 0..n-1) is updated to the tree's
 * leaf order for the next call.
 */
export function barnesHutGradient(Y: Float64Array, n: number, upperP: SparseAffinities, exaggeration: number,
  tree: QuadTree, walk: GroupedRepulsion, angle: number, grad: Float64Array, attraction: Float64Array,
  repulsion: Float64Array, visitOrder: Int32Array, computeError: boolean): number {
  const flat = tree.build(Y, n, visitOrder);
  repulsion.fill(0);
  const sumQ = walk.accumulate(flat, Y, visitOrder, angle * angle, repulsion);
  attraction.fill(0);
  const { rowStart, columns, values } = upperP;
  let error = 0;
  const invSumQ = 1 / sumQ;
  for (let i = 0; i < n; i++) {
    const xi = Y[2 * i], yi = Y[2 * i + 1];
    let fx = 0, fy = 0;
    for (let e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
      const j = columns[e];
      const dx = xi - Y[2 * j];
      const dy = yi - Y[2 * j + 1];
      const q = 1 / (1 + dx * dx + dy * dy);
      const p = values[e] * exaggeration;
      const mult = p * q;
      fx += mult * dx;
      fy += mult * dy;
      attraction[2 * j] -= mult * dx;
      attraction[2 * j + 1] -= mult * dy;
      // Both (i, j) and (j, i) of the full P.
      if (computeError) error += 2 * p * Math.log(Math.max(p, FLOAT32_TINY) / Math.max(q * invSumQ, FLOAT32_TINY));
    }
    attraction[2 * i] += fx;
    attraction[2 * i + 1] += fy;
  }
  for (let c = 0; c < 2 * n; c++) grad[c] = 4 * (attraction[c] - repulsion[c] * invSumQ);
  return computeError ? error : NaN;
}
