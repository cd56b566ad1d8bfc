// Barnes-Hut t-SNE against sklearn 1.2 on the 500-point fixture: input affinities, trustworthiness of the
// layout (within 0.01 of sklearn's or better), bit-for-bit determinism, the stop check and layout callbacks.
import { describe, expect, it } from 'vitest';
import fixture from '../__fixtures__/projections.json';
import { matrixFromRows } from '../matrix';
import { FitStoppedError } from '../fitContext';
import { trustworthiness } from '../trustworthiness';
import { kNearestNeighbors } from '../projection/kdTreeNeighbors';
import { conditionalProbabilities, symmetrize } from './jointProbabilities';
import { fitTSNE } from './fitTSNE';

const X = matrixFromRows(fixture.X);

describe('fitTSNE', () => {
  it('builds the same joint probabilities as sklearn (row sums, float32 reference)', () => {
    const neighbors = kNearestNeighbors(X, 91);
    const P = symmetrize(neighbors, conditionalProbabilities(neighbors, 30));
    fixture.tsne.P_row_sums.forEach((expected, i) => {
      let sum = 0;
      for (let e = P.rowStart[i]; e < P.rowStart[i + 1]; e++) sum += P.values[e];
      expect(Math.abs(sum - expected)).toBeLessThan(1e-6 * expected + 1e-9);
    });
  });

  const layouts: number[] = [];
  const first = fitTSNE(X, { onLayout: (_, iteration) => layouts.push(iteration) }, { seed: 3 });

  it('keeps neighbourhoods as well as sklearn (trustworthiness within 0.01 or better)', () => {
    const reference = Math.max(...fixture.tsne.trustworthiness);
    const ours = trustworthiness(X, first.embedding, { n_neighbors: 10 }).trustworthiness;
    expect(ours).toBeGreaterThanOrEqual(reference - 0.01);
    expect(first.n_iter).toBe(999);
    expect(first.learning_rate).toBe(50);
    expect(Number.isFinite(first.kl_divergence)).toBe(true);
  });

  it('reports the current layout every 25 iterations', () => {
    expect(layouts.slice(0, 3)).toEqual([25, 50, 75]);
    expect(layouts[layouts.length - 1]).toBe(1000);
  });

  it('is bit-for-bit deterministic for a fixed seed', () => {
    const again = fitTSNE(X, {}, { seed: 3 });
    expect(again.embedding.data).toEqual(first.embedding.data);
  });

  it('stops when asked', () => {
    let calls = 0;
    expect(() => fitTSNE(X, {}, { seed: 0, shouldStop: () => ++calls > 20 })).toThrow(FitStoppedError);
  });
});
