// Tests the map's buffer builders: selection masks from rows, category bytes, palette RGBA bytes and
// segment visibility, against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { categoryBytes, selectionMask } from './pointMasks';
import { paletteBytes, segmentVisibilityBytes } from './paletteBytes';

describe('map point bytes', () => {
  it('marks exactly the selected rows, ignores rows out of range, and clears a reused mask', () => {
    const mask = selectionMask(Int32Array.from([4, 0, 4, 9, -1, 12]), 10);
    expect(Array.from(mask)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    const again = selectionMask(Int32Array.from([2]), 10, mask);
    expect(again).toBe(mask);
    expect(Array.from(again)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    // A mask of another length is not reused.
    expect(selectionMask(Int32Array.from([1]), 3, mask)).not.toBe(mask);
  });

  it('stores categories as bytes', () => {
    expect(Array.from(categoryBytes(Float32Array.from([0, 3, 64, 7])))).toEqual([0, 3, 64, 7]);
  });

  it('writes each colour as RGBA at the point opacity', () => {
    const bytes = paletteBytes(['#ff8000', 'rgb(1, 2, 3)', 'steelblue'], 0.5);
    expect(Array.from(bytes)).toEqual([255, 128, 0, 128, 1, 2, 3, 128, 70, 130, 180, 128]);
  });

  it('hides segments by zero bytes, the noise group last', () => {
    expect(Array.from(segmentVisibilityBytes(3, [1, 3]))).toEqual([255, 0, 255, 0]);
    expect(Array.from(segmentVisibilityBytes(2, []))).toEqual([255, 255, 255]);
  });
});
