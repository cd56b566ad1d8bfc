// Silhouette plot data: grouping, sorting and means on hand-made values; pixel-row means for drawing.
import { describe, expect, it } from 'vitest';
import { groupSilhouettes, pixelRowMeans } from './silhouetteGroups';

describe('groupSilhouettes', () => {
  it('groups by segment, sorts descending and averages, leaving noise and NaN out', () => {
    const samples = Float64Array.from([0.1, 0.5, -0.2, 0.9, Number.NaN, 0.3, 0.7]);
    const labels = Int32Array.from([1, 0, 1, 0, 0, -1, 1]);
    const { groups, overallMean, scored, unscored } = groupSilhouettes(samples, labels);
    expect(groups.map((g) => g.segment)).toEqual([0, 1]);
    expect(Array.from(groups[0].values)).toEqual([0.9, 0.5]);
    expect(Array.from(groups[1].values)).toEqual([0.7, 0.1, -0.2]);
    expect(groups[0].mean).toBeCloseTo(0.7, 12);
    expect(groups[1].mean).toBeCloseTo(0.2, 12);
    expect(overallMean).toBeCloseTo((0.9 + 0.5 + 0.7 + 0.1 - 0.2) / 5, 12);
    expect([scored, unscored]).toEqual([5, 2]);
  });

  it('rejects samples and labels of different lengths', () => {
    expect(() => groupSilhouettes(new Float64Array(3), new Int32Array(2))).toThrow(/Expected 2/);
  });
});

describe('pixelRowMeans', () => {
  it('keeps values when they fit, averages runs of rows when they do not', () => {
    expect(Array.from(pixelRowMeans(Float64Array.from([3, 2, 1]), 10))).toEqual([3, 2, 1]);
    expect(Array.from(pixelRowMeans(Float64Array.from([6, 4, 3, 1, 0, -2]), 3))).toEqual([5, 2, -1]);
    expect(Array.from(pixelRowMeans(Float64Array.from([5, 4, 3, 2, 1]), 2))).toEqual([4.5, 2]);
  });
});
