// Tests normaliseEmbedding: the result fits [-1, 1], is centred and keeps the aspect ratio.
import { describe, expect, it } from 'vitest';
import { normaliseEmbedding } from './embeddingBounds';

describe('normaliseEmbedding', () => {
  it('maps the longer axis to [-0.95, 0.95] and keeps proportions', () => {
    const { x, y } = normaliseEmbedding(new Float64Array([0, 0, 10, 5, 20, 0]), 3);
    expect(Math.min(...x)).toBeCloseTo(-0.95, 6);
    expect(Math.max(...x)).toBeCloseTo(0.95, 6);
    expect(y[1] - y[0]).toBeCloseTo((x[1] - x[0]) / 2, 6);
    expect((Math.min(...y) + Math.max(...y)) / 2).toBeCloseTo(0, 6);
  });
});
