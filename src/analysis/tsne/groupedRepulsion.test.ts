// The quadtree and the grouped Barnes-Hut repulsion against the exact O(n^2) sums on clustered points with
// duplicates: exact at angle 0, never coarser than sklearn's per-point criterion (group size 1) at angle 0.5.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { QuadTree } from './quadTree';
import { GroupedRepulsion } from './groupedRepulsion';
import { upperTriangle, type SparseAffinities } from './jointProbabilities';

/** Three tight blobs and a spread cloud (2-d, row-major), with a few exact duplicates. */
function layout(n: number): Float64Array {
  const rng = createRandom(7);
  const Y = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const blob = i % 4;
    const scale = blob === 3 ? 20 : 1.5;
    Y[2 * i] = (blob === 1 ? 30 : blob === 2 ? -25 : 0) + scale * rng.normal();
    Y[2 * i + 1] = (blob === 2 ? 18 : 0) + scale * rng.normal();
  }
  for (let i = 0; i < 12; i++) { Y[2 * (n - 1 - i)] = Y[2 * i]; Y[2 * (n - 1 - i) + 1] = Y[2 * i + 1]; }
  return Y;
}

function exactRepulsion(Y: Float64Array): { force: Float64Array; sumQ: number } {
  const n = Y.length / 2;
  const force = new Float64Array(2 * n);
  let sumQ = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dx = Y[2 * i] - Y[2 * j], dy = Y[2 * i + 1] - Y[2 * j + 1];
      const q = 1 / (1 + dx * dx + dy * dy);
      sumQ += q;
      force[2 * i] += q * q * dx;
      force[2 * i + 1] += q * q * dy;
    }
  }
  return { force, sumQ };
}

function approximate(Y: Float64Array, angle: number, groupSize: number): { force: Float64Array; sumQ: number } {
  const n = Y.length / 2;
  const order = new Int32Array(n).map((_, i) => i);
  const force = new Float64Array(2 * n);
  const sumQ = new GroupedRepulsion(groupSize).accumulate(new QuadTree(n).build(Y, n, order), Y, order, angle * angle, force);
  return { force, sumQ };
}

/** Relative L2 error of the normalised repulsion F / Z, the quantity the gradient uses. */
function relativeError(a: { force: Float64Array; sumQ: number }, exact: { force: Float64Array; sumQ: number }): number {
  let num = 0, den = 0;
  for (let c = 0; c < a.force.length; c++) {
    const e = exact.force[c] / exact.sumQ;
    num += (a.force[c] / a.sumQ - e) ** 2;
    den += e * e;
  }
  return Math.sqrt(num / den);
}

describe('QuadTree', () => {
  const n = 3000;
  const Y = layout(n);
  const order = new Int32Array(n).map((_, i) => i);
  const tree = new QuadTree(n).build(Y, n, order);

  it('lays every point out once, each subtree a contiguous range with its centre of mass', () => {
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    const { records, next, firstPoint, leafOf, nodeCount } = tree;
    expect(records[2]).toBe(n);
    expect(next[0]).toBe(nodeCount);
    for (let node = 0; node < nodeCount; node++) {
      const count = records[4 * node + 2];
      let sx = 0, sy = 0;
      for (let p = firstPoint[node]; p < firstPoint[node] + count; p++) { sx += Y[2 * order[p]]; sy += Y[2 * order[p] + 1]; }
      expect(records[4 * node]).toBeCloseTo(sx / count, 9);
      expect(records[4 * node + 1]).toBeCloseTo(sy / count, 9);
      if (records[4 * node + 3] < 0) {
        expect(next[node]).toBe(node + 1);
        for (let p = firstPoint[node]; p < firstPoint[node] + count; p++) expect(leafOf[order[p]]).toBe(node);
      } else {
        // Children follow their parent and their points add up to the parent's.
        let child = node + 1, total = 0;
        while (child < next[node]) { total += records[4 * child + 2]; child = next[child]; }
        expect(total).toBe(count);
      }
    }
  });

  it('keeps exact duplicates in one leaf', () => {
    expect(tree.leafOf[n - 1]).toBe(tree.leafOf[0]);
    expect(tree.records[4 * tree.leafOf[0] + 2]).toBe(2);
  });
});

describe('GroupedRepulsion', () => {
  const Y = layout(2000);
  const exact = exactRepulsion(Y);

  it('is exact when no cell may be summarised (angle 0), a point not repelling itself', () => {
    const result = approximate(Y, 0, 32);
    expect(Math.abs(result.sumQ - exact.sumQ) / exact.sumQ).toBeLessThan(1e-12);
    expect(relativeError(result, exact)).toBeLessThan(1e-12);
  });

  it("is at least as accurate as sklearn's per-point criterion at angle 0.5", () => {
    const perPoint = relativeError(approximate(Y, 0.5, 1), exact);
    const grouped = relativeError(approximate(Y, 0.5, 32), exact);
    expect(perPoint).toBeGreaterThan(0);
    expect(perPoint).toBeLessThan(0.05);
    expect(grouped).toBeLessThanOrEqual(perPoint * 1.02);
  });
});

describe('upperTriangle', () => {
  it('keeps each pair of a symmetric P once', () => {
    const P: SparseAffinities = {
      rowStart: Int32Array.from([0, 2, 4, 6]),
      columns: Int32Array.from([1, 2, 0, 2, 0, 1]),
      values: Float64Array.from([0.1, 0.2, 0.1, 0.3, 0.2, 0.3]),
    };
    const upper = upperTriangle(P);
    expect(Array.from(upper.rowStart)).toEqual([0, 2, 3, 3]);
    expect(Array.from(upper.columns)).toEqual([1, 2, 2]);
    expect(Array.from(upper.values)).toEqual([0.1, 0.2, 0.3]);
  });
});
