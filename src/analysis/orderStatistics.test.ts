// Tests selection against a full sort: every rank of small arrays (ties, runs, sorted and reversed input),
// chosen ranks of long ones (where the sampling step runs), the partition it leaves, and bad ranks.
import { describe, expect, it } from 'vitest';
import { orderStatistics, selectInPlace } from './orderStatistics';
import { createRandom } from './random';

function randomValues(n: number, seed: number, distinct: number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => Math.floor(random.next() * distinct) - distinct / 3);
}

describe('selectInPlace', () => {
  it('puts at every rank of small arrays what a sort puts there, smaller values before it and larger after', () => {
    const inputs = [randomValues(37, 1, 1000), randomValues(50, 2, 4), Float64Array.from({ length: 20 }, (_, i) => i),
      Float64Array.from({ length: 20 }, (_, i) => 20 - i), new Float64Array([5]), new Float64Array(9).fill(3)];
    for (const input of inputs) {
      const sorted = input.slice().sort();
      for (let k = 0; k < input.length; k++) {
        const values = input.slice();
        selectInPlace(values, k);
        expect(values[k]).toBe(sorted[k]);
        expect(Math.max(...values.subarray(0, k))).toBeLessThanOrEqual(values[k]);
        expect(Math.min(...values.subarray(k + 1))).toBeGreaterThanOrEqual(values[k]);
        expect(values.slice().sort()).toEqual(sorted);
      }
    }
  });
});

describe('orderStatistics', () => {
  it('finds chosen ranks of long arrays, in the order asked, as a sort does', () => {
    for (const [n, distinct] of [[100_003, 1e9], [50_000, 7], [2_000, 1e6]]) {
      const input = randomValues(n, n, distinct);
      const sorted = input.slice().sort();
      const ranks = [n - 1, 0, Math.floor(0.005 * (n - 1)), Math.ceil(0.995 * (n - 1)), Math.floor(n / 2), Math.floor(n / 2), 601];
      expect(orderStatistics(input.slice(), ranks)).toEqual(ranks.map((r) => sorted[r]));
    }
  });

  it('refuses a rank outside the array', () => {
    expect(() => orderStatistics(new Float64Array(3), [3])).toThrow(RangeError);
    expect(() => orderStatistics(new Float64Array(3), [-1])).toThrow(RangeError);
  });
});
