// Geometry of the silhouette plot shared by the canvas and its SVG export: one band per segment,
// stacked with gaps, each as tall as its share of customers allows and drawn as pixel-row bars.
import { pixelRowMeans } from '../../analysis/silhouetteGroups';
import type { SilhouettePlotResult } from '../../workers/hierarchyJob';

export const PLOT_WIDTH = 640;
export const LABEL_WIDTH = 150;
const GAP = 8;
const MIN_BAND = 16;
const TOP = 22;
const BOTTOM = 26;

export interface SilhouetteBand {
  segment: number;
  top: number;
  height: number;
  /** Bar values, one per drawn row (at most one per pixel row), largest first. */
  bars: Float64Array;
  mean: number;
  count: number;
}

export interface SilhouetteLayout {
  bands: SilhouetteBand[];
  width: number;
  height: number;
  /** Silhouette value to x. */
  x: (value: number) => number;
  xMin: number;
  plotTop: number;
  plotBottom: number;
}

export function silhouettePlotLayout(plot: SilhouettePlotResult, bandsHeight = 440): SilhouetteLayout {
  const total = plot.groups.reduce((s, g) => s + g.values.length, 0);
  const free = Math.max(bandsHeight - GAP * (plot.groups.length - 1), plot.groups.length * MIN_BAND);
  let top = TOP;
  const bands = plot.groups.map((g) => {
    const height = Math.max(MIN_BAND, Math.round((free * g.values.length) / Math.max(1, total)));
    const band = { segment: g.segment, top, height, bars: pixelRowMeans(g.values, height), mean: g.mean, count: g.values.length };
    top += height + GAP;
    return band;
  });
  let lowest = 0;
  for (const g of plot.groups) if (g.values.length > 0) lowest = Math.min(lowest, g.values[g.values.length - 1]);
  const xMin = Math.max(-1, Math.floor(lowest * 10) / 10);
  const x0 = LABEL_WIDTH, x1 = PLOT_WIDTH - 16;
  const x = (value: number) => x0 + ((value - xMin) / (1 - xMin)) * (x1 - x0);
  return { bands, width: PLOT_WIDTH, height: top - GAP + BOTTOM, x, xMin, plotTop: TOP, plotBottom: top - GAP };
}
