// Colour encodings of the map as categories for the WebGL renderer: segments use the segment
// palette; a continuous feature is cut into 64 steps of viridis, with one grey step for missing values.
import { interpolateRgb, interpolateViridis, rgb } from 'd3';
import { segmentColor } from './segmentPalette';
import { scaleFeatureForColour, type FeatureScale } from '../../analysis/featureScale';
import type { Matrix } from '../../analysis/matrix';

export const CONTINUOUS_STEPS = 64;
const MISSING_COLOUR = '#c4c9d2';
const MAP_BACKGROUND = '#fbfcfe';

export interface MapColouring {
  categories: Float32Array;
  palette: string[];
  /** For a feature: its scale, for the legend. */
  scale: FeatureScale | null;
  /** True when the categories are the segments (palette entry = segment, the last one noise). */
  bySegment: boolean;
}

export function segmentColouring(labels: Int32Array, segments: number): MapColouring {
  const categories = new Float32Array(labels.length);
  // Noise (-1) takes the last palette entry, grey.
  for (let i = 0; i < labels.length; i++) categories[i] = labels[i] >= 0 ? labels[i] : segments;
  const palette = Array.from({ length: segments }, (_, i) => segmentColor(i));
  palette.push(segmentColor(-1));
  return { categories, palette, scale: null, bySegment: true };
}

export function continuousColouring(values: ArrayLike<number>): MapColouring {
  const categories = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    categories[i] = Number.isNaN(v) ? CONTINUOUS_STEPS : Math.min(CONTINUOUS_STEPS - 1, Math.floor(v * CONTINUOUS_STEPS));
  }
  const palette = Array.from({ length: CONTINUOUS_STEPS }, (_, i) => interpolateViridis(i / (CONTINUOUS_STEPS - 1)));
  palette.push(MISSING_COLOUR);
  return { categories, palette, scale: null, bySegment: false };
}

export function featureColouring(features: Matrix, column: number): MapColouring {
  const scale = scaleFeatureForColour(features, column);
  return { ...continuousColouring(scale.values), scale };
}

/**
 * The segment palette with every entry but `highlighted` faded towards the background: a segment
 * shown against the others without redrawing a point (only the palette texture changes).
 */
export function highlightSegmentPalette(palette: string[], highlighted: number): string[] {
  return palette.map((colour, i) => (i === highlighted ? colour : rgb(interpolateRgb(colour, MAP_BACKGROUND)(0.85)).formatHex()));
}
