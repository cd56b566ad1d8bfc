// Renumbering P for memory locality: a breadth-first permutation and a relabelled P with the same entries
// under the new names, columns sorted.
import { describe, expect, it } from 'vitest';
import { breadthFirstOrder, relabelAffinities } from './affinityOrder';
import type { SparseAffinities } from './jointProbabilities';

// A path 0 - 3 - 1 - 4 and a separate pair 2 - 5, symmetric.
const edges: [number, number, number][] = [[0, 3, 0.1], [3, 1, 0.2], [1, 4, 0.3], [2, 5, 0.4]];
function affinities(): SparseAffinities {
  const rows: [number, number][][] = Array.from({ length: 6 }, () => []);
  for (const [a, b, v] of edges) { rows[a].push([b, v]); rows[b].push([a, v]); }
  const rowStart = new Int32Array(7);
  rows.forEach((row, i) => { rowStart[i + 1] = rowStart[i] + row.length; });
  return {
    rowStart,
    columns: Int32Array.from(rows.flat().map(([c]) => c)),
    values: Float64Array.from(rows.flat().map(([, v]) => v)),
  };
}

describe('affinityOrder', () => {
  const P = affinities();
  const order = breadthFirstOrder(P);

  it('numbers each connected group consecutively, breadth-first', () => {
    expect(Array.from(order)).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it('keeps every entry under the new names, columns in increasing order', () => {
    const Q = relabelAffinities(P, order);
    const rank = new Map(Array.from(order, (point, k) => [point, k]));
    for (const [a, b, v] of edges) {
      for (const [from, to] of [[a, b], [b, a]]) {
        const row = rank.get(from) ?? -1;
        const at = Array.from(Q.columns.subarray(Q.rowStart[row], Q.rowStart[row + 1])).indexOf(rank.get(to) ?? -1);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(Q.values[Q.rowStart[row] + at]).toBe(v);
      }
    }
    expect(Q.rowStart[6]).toBe(P.rowStart[6]);
    for (let row = 0; row < 6; row++) {
      const columns = Array.from(Q.columns.subarray(Q.rowStart[row], Q.rowStart[row + 1]));
      expect(columns).toEqual([...columns].sort((x, y) => x - y));
    }
  });
});
