// Tests scaleFeatureForColour: percentile clipping, [0, 1] range, missing values counted.
import { describe, expect, it } from 'vitest';
import { scaleFeatureForColour } from './featureScale';

describe('scaleFeatureForColour', () => {
  it('maps the 2nd-98th percentile range to [0, 1] and clips beyond it', () => {
    const data = new Float64Array(101);
    for (let i = 0; i <= 100; i++) data[i] = i;
    data[100] = 1e9;
    const scale = scaleFeatureForColour({ data, rows: 101, cols: 1 }, 0);
    expect(scale.low).toBe(2);
    expect(scale.high).toBe(98);
    expect(scale.values[0]).toBe(0);
    expect(scale.values[50]).toBeCloseTo(48 / 96, 6);
    expect(scale.values[100]).toBe(1);
  });
  it('counts missing values and leaves them NaN', () => {
    const scale = scaleFeatureForColour({ data: new Float64Array([1, NaN, 3, NaN, NaN, 2]), rows: 3, cols: 2 }, 1);
    expect(scale.missing).toBe(2);
    expect(Number.isNaN(scale.values[0])).toBe(true);
  });
});
