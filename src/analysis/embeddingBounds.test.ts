// Tests normaliseEmbedding: the result fits [-1, 1], is centred, keeps the aspect ratio, and a robust
// frame leaves a far outlier outside while the bulk fills the view; the frame's quantiles are numpy's.
import { describe, expect, it } from 'vitest';
import { centralRange, normaliseEmbedding } from './embeddingBounds';
import { createRandom } from './random';

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

  it("takes each axis' range at numpy's quantiles (method 'lower' below, 'higher' above), skipping non-finite values", () => {
    const random = createRandom(7);
    for (const rows of [1, 2, 999, 20_001]) {
      const data = Float64Array.from({ length: rows * 2 }, () => random.normal() * 3);
      if (rows > 2) { data[0] = Number.NaN; data[3] = Number.POSITIVE_INFINITY; }
      for (const coverage of [1, 0.99, 0.5]) {
        for (const axis of [0, 1]) {
          const values = Float64Array.from({ length: rows }, (_, i) => data[2 * i + axis]).filter(Number.isFinite).sort();
          // numpy.quantile(v, q, method='lower') = sorted[floor(q (n - 1))]; 'higher' = sorted[ceil(q (n - 1))].
          const q = (1 - coverage) / 2;
          const lower = values[Math.floor(q * (values.length - 1))];
          const higher = values[Math.ceil((1 - q) * (values.length - 1))];
          expect(centralRange(data, rows, axis, coverage)).toEqual([lower, higher]);
        }
      }
    }
  });
});
