// Geometry of the silhouette plot: one band per segment, stacked without overlap, tall in proportion
// to the segment, never more bars than pixel rows, and x mapping silhouettes onto the plot area.
import { describe, expect, it } from 'vitest';
import { silhouettePlotLayout, LABEL_WIDTH, PLOT_WIDTH } from './silhouettePlotLayout';
import type { SilhouettePlotResult } from '../../workers/hierarchyJob';

function plotOf(sizes: number[], lowest = 0.1): SilhouettePlotResult {
  const groups = sizes.map((size, segment) => {
    const values = Float64Array.from({ length: size }, (_, i) => 0.9 - ((0.9 - lowest) * i) / Math.max(1, size - 1));
    return { segment, values, mean: values.reduce((a, b) => a + b, 0) / size };
  });
  return { groups, overallMean: 0.5, scored: sizes.reduce((a, b) => a + b, 0), unscored: 0, sampled: null, seconds: 0 };
}

describe('silhouettePlotLayout', () => {
  it('stacks one band per segment, in proportion to its size, with at most one bar per pixel row', () => {
    const layout = silhouettePlotLayout(plotOf([3000, 1000, 20]), 400);
    expect(layout.bands.map((b) => b.segment)).toEqual([0, 1, 2]);
    const [a, b, c] = layout.bands;
    expect(a.height / b.height).toBeCloseTo(3, 1);
    expect(c.height).toBe(16);
    for (let i = 1; i < layout.bands.length; i++) {
      const above = layout.bands[i - 1];
      expect(layout.bands[i].top).toBeGreaterThanOrEqual(above.top + above.height);
    }
    for (const band of layout.bands) expect(band.bars.length).toBeLessThanOrEqual(band.height);
    expect(c.bars.length).toBe(16);
    expect(a.count).toBe(3000);
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
  });

  it('maps silhouettes onto the plot area, starting below the lowest value', () => {
    const layout = silhouettePlotLayout(plotOf([50, 50], -0.35));
    expect(layout.xMin).toBe(-0.4);
    expect(layout.x(layout.xMin)).toBe(LABEL_WIDTH);
    expect(layout.x(1)).toBe(PLOT_WIDTH - 16);
    expect(layout.x(0)).toBeGreaterThan(LABEL_WIDTH);
    expect(silhouettePlotLayout(plotOf([10, 10], 0.2)).xMin).toBe(0);
  });
});
