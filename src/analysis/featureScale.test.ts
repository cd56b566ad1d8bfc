// Tests scaleFeatureForColour: percentile clipping, [0, 1] range, missing values counted.
import { describe, expect, it } from 'vitest';
import { scaleFeatureForColour } from './featureScale';
import { createRandom } from './random';

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
  it("takes numpy's 2nd percentile (method 'lower') and 98th (method 'higher') of the finite values", () => {
    const random = createRandom(3);
    const data = Float64Array.from({ length: 3 * 5000 }, (_, i) => (i % 7 === 0 ? NaN : random.normal()));
    const column = Float64Array.from({ length: 5000 }, (_, i) => data[i * 3 + 1]).filter(Number.isFinite).sort();
    const scale = scaleFeatureForColour({ data, rows: 5000, cols: 3 }, 1);
    expect(scale.low).toBe(column[Math.floor(0.02 * (column.length - 1))]);
    expect(scale.high).toBe(column[Math.ceil(0.98 * (column.length - 1))]);
  });
});
