// Tests the Blob packing of a stored run's per-row arrays: a round trip keeps every array and field (odd
// lengths padded, missing levels left null), and a run saved again reuses its Blob instead of packing anew.
import { describe, expect, it } from 'vitest';
import { isPackedResult, packRunRows, unpackRunRows } from './storedRunRows';

function result(rows: number, withLevels: boolean) {
  return {
    labels: Int32Array.from({ length: rows }, (_, i) => (i % 4) - 1),
    sub: withLevels ? Int32Array.from({ length: rows }, (_, i) => i % 9) : null,
    micro: null,
    probability: withLevels ? Float64Array.from({ length: rows }, (_, i) => i / rows) : null,
    embedding: Float64Array.from({ length: rows * 2 }, (_, i) => Math.sin(i) * 1e3),
    segmentCount: 3,
    seed: 42,
    explainedVarianceRatio: new Float64Array([0.6, 0.3]),
  };
}

describe('packRunRows / unpackRunRows', () => {
  it('brings back every array and field, with odd row counts and missing levels', async () => {
    for (const [rows, withLevels] of [[7, true], [1001, false], [0, true]] as const) {
      const original = result(rows, withLevels);
      const packed = packRunRows(original);
      expect(isPackedResult(packed)).toBe(true);
      expect('labels' in packed).toBe(false);
      const back = await unpackRunRows(packed);
      expect(back.labels).toEqual(original.labels);
      expect(back.sub).toEqual(original.sub);
      expect(back.micro).toBeNull();
      expect(back.probability).toEqual(original.probability);
      expect(back.embedding).toEqual(original.embedding);
      expect(back.segmentCount).toBe(3);
      expect(back.explainedVarianceRatio).toEqual(original.explainedVarianceRatio);
    }
  });

  it('packs a run once: saving it again, or saving what was loaded, reuses the same Blob', async () => {
    const original = result(50, true);
    const first = packRunRows(original);
    expect(packRunRows(original).rows.blob).toBe(first.rows.blob);
    const loaded = await unpackRunRows(first);
    expect(packRunRows(loaded).rows.blob).toBe(first.rows.blob);
    expect(packRunRows(result(50, true)).rows.blob).not.toBe(first.rows.blob);
  });

  it('tells a packed result from an older inline one', () => {
    expect(isPackedResult(result(3, false))).toBe(false);
    expect(isPackedResult(null)).toBe(false);
  });
});
