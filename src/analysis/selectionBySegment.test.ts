// Tests selectionBySegment: counts per label, noise under -1, segments without selected rows absent.
import { describe, expect, it } from 'vitest';
import { selectionBySegment } from './selectionBySegment';

describe('selectionBySegment', () => {
  it('counts the selected rows of each segment', () => {
    const labels = Int32Array.from([0, 1, 1, -1, 2, 1]);
    const counts = selectionBySegment(labels, [1, 2, 3, 5]);
    expect([...counts.entries()].sort((a, b) => a[0] - b[0])).toEqual([[-1, 1], [1, 3]]);
    expect(counts.has(0)).toBe(false);
  });
});
