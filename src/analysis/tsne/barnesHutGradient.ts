// The Barnes-Hut t-SNE gradient (van der Maaten 2014; sklearn's _barnes_hut_tsne.gradient, dof = 1):
// exact attraction over the sparse P, repulsion summarised by the quadtree; writes into caller buffers.

import type { SparseAffinities } from './jointProbabilities';
import type { QuadTree } from './quadTree';

const FLOAT32_TINY = 1.1754943508222875e-38;

/**
 * Fills grad (length 2n) with dKL/dY for P scaled by `exaggeration`; returns the KL divergence when
 * computeError, else NaN. `repulsion` (2n) is scratch; `visitOrder` (a permutation of 0..n-1) is updated
 * to the tree's leaf order for the next call.
 */
export function barnesHutGradient(Y: Float64Array, n: number, P: SparseAffinities, exaggeration: number,
  tree: QuadTree, angle: number, grad: Float64Array, repulsion: Float64Array, visitOrder: Int32Array,
  computeError: boolean): number {
  tree.build(Y, n, visitOrder);
  tree.compact(visitOrder);
  repulsion.fill(0);
  const thetaSquared = angle * angle;
  let sumQ = 0;
  for (let r = 0; r < n; r++) {
    const i = visitOrder[r];
    sumQ += tree.repulsion(Y[2 * i], Y[2 * i + 1], thetaSquared, repulsion, i);
  }
  const { rowStart, columns, values } = P;
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
      if (computeError) error += p * Math.log(Math.max(p, FLOAT32_TINY) / Math.max(q * invSumQ, FLOAT32_TINY));
    }
    grad[2 * i] = 4 * (fx - repulsion[2 * i] * invSumQ);
    grad[2 * i + 1] = 4 * (fy - repulsion[2 * i + 1] * invSumQ);
  }
  return computeError ? error : NaN;
}
