// Tests normaliseEmbedding: the result fits [-1, 1], is centred, keeps the aspect ratio, and a robust
// frame leaves a far outlier outside while the bulk fills the view.
import { describe, expect, it } from 'vitest';
import { normaliseEmbedding } from './embeddingBounds';

describe('normaliseEmbedding', () => {
  it('maps the longer axis to [-0.95, 0.95] and keeps proportions', () => {
    const { x, y, outside } = normaliseEmbedding(new Float64Array([0, 0, 10, 5, 20, 0]), 3);
    expect(Math.min(...x)).toBeCloseTo(-0.95, 6);
    expect(Math.max(...x)).toBeCloseTo(0.95, 6);
    expect(y[1] - y[0]).toBeCloseTo((x[1] - x[0]) / 2, 6);
    expect((Math.min(...y) + Math.max(...y)) / 2).toBeCloseTo(0, 6);
    expect(outside).toBe(0);
  });

  it('frames the central points and counts the outlier left outside', () => {
    const rows = 1001;
    const data = new Float64Array(rows * 2);
    for (let i = 0; i < 1000; i++) { data[2 * i] = i / 1000; data[2 * i + 1] = (i % 10) / 10; }
    data[2000] = 1e6; data[2001] = 0;
    const { x, outside } = normaliseEmbedding(data, rows, 0.99);
    expect(outside).toBe(1);
    expect(Math.max(...x.subarray(0, 1000))).toBeLessThan(1);
    expect(Math.max(...x.subarray(0, 1000)) - Math.min(...x.subarray(0, 1000))).toBeGreaterThan(1.5);
  });
});
