// UMAP's layout optimisation (umap-learn's optimize_layout_euclidean): SGD over graph edges sampled in
// proportion to their weight, attraction a/b-kernel gradients, 5 negative samples per edge, linear alpha decay.

import type { FitContext } from '../fitContext';
import { checkStop } from '../fitContext';
import type { Random } from '../random';
import type { FuzzyGraph } from './fuzzySimplicialSet';
import { PowerTable } from './powerTable';

export interface LayoutOptions {
  a: number;
  b: number;
  nEpochs: number;
  learningRate?: number;
  negativeSampleRate?: number;
  repulsionStrength?: number;
  onEpoch?: (epoch: number) => void;
}

function clip(v: number): number {
  return v > 4 ? 4 : v < -4 ? -4 : v;
}

/** Optimises the row-major n x dim embedding in place. */
export function optimizeLayout(embedding: Float64Array, dim: number, graph: FuzzyGraph, options: LayoutOptions,
  rng: Random, ctx: FitContext): void {
  const { a, b, nEpochs } = options;
  const gamma = options.repulsionStrength ?? 1;
  const negativeRate = options.negativeSampleRate ?? 5;
  const initialAlpha = options.learningRate ?? 1;
  const { heads, tails, epochsPerSample } = sampledEdges(graph, nEpochs);
  const m = heads.length;
  const n = graph.rowStart.length - 1;
  const epochsPerNegative = new Float64Array(m);
  const nextNegative = new Float64Array(m);
  const nextSample = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    epochsPerNegative[e] = epochsPerSample[e] / negativeRate;
    nextNegative[e] = epochsPerNegative[e];
    nextSample[e] = epochsPerSample[e];
  }
  const twoAB = 2 * a * b;
  const power = new PowerTable(b);
  const twoGammaB = 2 * gamma * b;
  // tau_rand_int-style Tausworthe generator seeded from the run's Random: the inner loop draws millions
  // of vertex indices, so the state lives in local integers rather than behind a closure.
  let s0 = (rng.int(0x7fffffff) | 0) + 2, s1 = (rng.int(0x7fffffff) | 0) + 8, s2 = (rng.int(0x7fffffff) | 0) + 16;
  const vertexScale = n / 4294967296;
  let alpha = initialAlpha;
  for (let epoch = 0; epoch < nEpochs; epoch++) {
    checkStop(ctx);
    for (let e = 0; e < m; e++) {
      if (nextSample[e] > epoch) continue;
      const j = heads[e] * dim;
      const k = tails[e] * dim;
      if (dim === 2) {
        // The common 2-d case, unrolled.
        const dx = embedding[j] - embedding[k];
        const dy = embedding[j + 1] - embedding[k + 1];
        const dist2 = dx * dx + dy * dy;
        if (dist2 > 0) {
          const powered = power.at(dist2);
          const attract = (-twoAB * powered) / (dist2 * (a * powered + 1));
          const gx = clip(attract * dx) * alpha;
          const gy = clip(attract * dy) * alpha;
          embedding[j] += gx; embedding[k] -= gx;
          embedding[j + 1] += gy; embedding[k + 1] -= gy;
        }
      } else {
        let dist2 = 0;
        for (let c = 0; c < dim; c++) { const t = embedding[j + c] - embedding[k + c]; dist2 += t * t; }
        let attract = 0;
        if (dist2 > 0) {
          const powered = power.at(dist2);
          attract = (-twoAB * powered) / (dist2 * (a * powered + 1));
        }
        for (let c = 0; c < dim; c++) {
          const g = clip(attract * (embedding[j + c] - embedding[k + c])) * alpha;
          embedding[j + c] += g;
          embedding[k + c] -= g;
        }
      }
      nextSample[e] += epochsPerSample[e];
      const negatives = Math.floor((epoch - nextNegative[e]) / epochsPerNegative[e]);
      for (let p = 0; p < negatives; p++) {
        s0 = ((s0 & -2) << 12) ^ (((s0 << 13) ^ s0) >>> 19);
        s1 = ((s1 & -8) << 4) ^ (((s1 << 2) ^ s1) >>> 25);
        s2 = ((s2 & -16) << 17) ^ (((s2 << 3) ^ s2) >>> 11);
        const o = Math.floor(((s0 ^ s1 ^ s2) >>> 0) * vertexScale) * dim;
        if (dim === 2) {
          const dx = embedding[j] - embedding[o];
          const dy = embedding[j + 1] - embedding[o + 1];
          const d2 = dx * dx + dy * dy;
          if (d2 > 0) {
            const repel = twoGammaB / ((0.001 + d2) * (a * power.at(d2) + 1));
            embedding[j] += clip(repel * dx) * alpha;
            embedding[j + 1] += clip(repel * dy) * alpha;
          } else if (j !== o) {
            embedding[j] += 4 * alpha;
            embedding[j + 1] += 4 * alpha;
          }
          continue;
        }
        let d2 = 0;
        for (let c = 0; c < dim; c++) { const t = embedding[j + c] - embedding[o + c]; d2 += t * t; }
        if (d2 > 0) {
          const repel = twoGammaB / ((0.001 + d2) * (a * power.at(d2) + 1));
          for (let c = 0; c < dim; c++) embedding[j + c] += clip(repel * (embedding[j + c] - embedding[o + c])) * alpha;
        } else if (j !== o) {
          // Coincident distinct points: umap-learn pushes by the clip limit.
          for (let c = 0; c < dim; c++) embedding[j + c] += 4 * alpha;
        }
      }
      nextNegative[e] += negatives * epochsPerNegative[e];
    }
    alpha = initialAlpha * (1 - epoch / nEpochs);
    options.onEpoch?.(epoch + 1);
  }
}

/**
 * Edges kept for sampling (weights below max / nEpochs dropped, as umap-learn) and how many epochs
 * apart each one is sampled: nEpochs / (nEpochs * w / max w).
 */
function sampledEdges(graph: FuzzyGraph, nEpochs: number): { heads: Int32Array; tails: Int32Array; epochsPerSample: Float64Array } {
  const { rowStart, columns, values } = graph;
  const n = rowStart.length - 1;
  let max = 0;
  for (let e = 0; e < values.length; e++) if (values[e] > max) max = values[e];
  const threshold = max / nEpochs;
  let m = 0;
  for (let e = 0; e < values.length; e++) if (values[e] >= threshold && values[e] > 0) m++;
  const heads = new Int32Array(m);
  const tails = new Int32Array(m);
  const epochsPerSample = new Float64Array(m);
  let out = 0;
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
      const w = values[e];
      if (!(w >= threshold && w > 0)) continue;
      heads[out] = i;
      tails[out] = columns[e];
      epochsPerSample[out++] = nEpochs / (nEpochs * (w / max));
    }
  }
  return { heads, tails, epochsPerSample };
}
