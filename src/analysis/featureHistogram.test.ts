// Tests featureHistogram: bin edges, clamping to the end bins, subsets and missing values.
import { describe, expect, it } from 'vitest';
import { featureHistogram } from './featureHistogram';
import { matrixFromRows } from './matrix';

describe('featureHistogram', () => {
  const X = matrixFromRows([[0], [0.5], [1.5], [2.5], [3], [-7], [99], [NaN]]);
  it('bins values over [low, high), clamping the rest into the end bins', () => {
    const h = featureHistogram(X, 0, 3, 0, 3);
    expect(Array.from(h.counts)).toEqual([3, 1, 3]);
    expect(h.missing).toBe(1);
    expect(h.total).toBe(8);
  });
  it('counts a subset of rows only', () => {
    const h = featureHistogram(X, 0, 3, 0, 3, [1, 2, 7]);
    expect(Array.from(h.counts)).toEqual([1, 1, 0]);
    expect(h.missing).toBe(1);
  });
});
