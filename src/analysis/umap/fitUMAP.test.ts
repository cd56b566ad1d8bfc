// UMAP against umap-learn on the 500-point fixture: a/b curve fit, smooth-kNN sigmas and rhos, fuzzy graph,
// trustworthiness of the layout (within 0.01 of umap-learn's or better), determinism, metrics, stop check.
import { describe, expect, it } from 'vitest';
import fixture from '../__fixtures__/projections.json';
import { matrixFromRows } from '../matrix';
import { FitStoppedError } from '../fitContext';
import { trustworthiness } from '../trustworthiness';
import { findAbParams } from './findAbParams';
import { PowerTable } from './powerTable';
import { umapNeighbors } from './neighborGraph';
import { fuzzySimplicialSet, smoothKnnDistances } from './fuzzySimplicialSet';
import { fitUMAP } from './fitUMAP';

const X = matrixFromRows(fixture.X);
const reference = fixture.umap;
const describeWithUmap = reference ? describe : describe.skip;

describe('PowerTable', () => {
  it('agrees with Math.pow to 4e-6 relative, inside and outside its table', () => {
    for (const y of [0.79, 0.895, 1.334, -0.105]) {
      const table = new PowerTable(y);
      for (let i = 0; i <= 4000; i++) {
        const x = Math.exp(i / 50 - 40);
        expect(Math.abs(table.at(x) / Math.pow(x, y) - 1)).toBeLessThan(4e-6);
      }
    }
  });
});

describeWithUmap('fitUMAP against umap-learn', () => {
  it('fits a and b like find_ab_params', () => {
    for (const [minDist, [a, b]] of Object.entries(reference!.ab_params)) {
      const ours = findAbParams(1, Number(minDist));
      expect(Math.abs(ours.a - a)).toBeLessThan(1e-4 * a);
      expect(Math.abs(ours.b - b)).toBeLessThan(1e-4 * b);
    }
  });

  it('computes the same smooth kNN distances and fuzzy graph', () => {
    const table = umapNeighbors(X, 15, 'euclidean');
    const { sigmas, rhos } = smoothKnnDistances(table);
    // umap-learn works on float32 distances and stops its bandwidth search at |psum - log2 k| < 1e-5.
    reference!.sigmas.forEach((s, i) => expect(Math.abs(sigmas[i] - s)).toBeLessThan(1e-4 * s));
    reference!.rhos.forEach((r, i) => expect(Math.abs(rhos[i] - r)).toBeLessThan(1e-5 * r));
    const graph = fuzzySimplicialSet(table);
    expect(graph.values.length).toBe(reference!.graph_nnz);
    const sum = graph.values.reduce((s, v) => s + v, 0);
    expect(Math.abs(sum - reference!.graph_sum)).toBeLessThan(1e-4 * reference!.graph_sum);
  });

  const epochs: number[] = [];
  const first = fitUMAP(X, { onLayout: (_, epoch) => epochs.push(epoch) }, { seed: 5 });

  it('keeps neighbourhoods as well as umap-learn (trustworthiness within 0.01 or better)', () => {
    const best = Math.max(...reference!.trustworthiness);
    const ours = trustworthiness(X, first.embedding, { n_neighbors: 10 }).trustworthiness;
    expect(ours).toBeGreaterThanOrEqual(best - 0.01);
    expect(first.n_epochs).toBe(500);
    expect(epochs.slice(0, 2)).toEqual([10, 20]);
  });

  it('is bit-for-bit deterministic for a fixed seed', () => {
    expect(fitUMAP(X, {}, { seed: 5 }).embedding.data).toEqual(first.embedding.data);
  });
});

describe('fitUMAP', () => {
  it('supports cosine and manhattan metrics', () => {
    for (const metric of ['cosine', 'manhattan'] as const) {
      const result = fitUMAP(X, { metric, n_epochs: 100 }, { seed: 1 });
      expect(trustworthiness(X, result.embedding).trustworthiness).toBeGreaterThan(0.85);
    }
  });

  it('stops when asked', () => {
    let calls = 0;
    expect(() => fitUMAP(X, {}, { seed: 0, shouldStop: () => ++calls > 10 })).toThrow(FitStoppedError);
  });
});
