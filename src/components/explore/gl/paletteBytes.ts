// The bytes behind the map's two small textures: the palette (one RGBA texel per colour category) and
// the segment visibility (one byte per segment), so hiding or highlighting a segment touches no point.
import { color } from 'd3';

/** Opacity of a drawn point (the palette's alpha), as the map has always drawn them. */
export const POINT_OPACITY = 0.8;

/** RGBA bytes of each CSS colour at `opacity`; a colour d3 cannot read is drawn in the noise grey. */
export function paletteBytes(palette: readonly string[], opacity = POINT_OPACITY): Uint8Array {
  const bytes = new Uint8Array(palette.length * 4);
  const alpha = Math.round(opacity * 255);
  palette.forEach((css, i) => {
    const rgb = (color(css) ?? color('#b8bec9'))?.rgb();
    bytes.set([Math.round(rgb?.r ?? 184), Math.round(rgb?.g ?? 190), Math.round(rgb?.b ?? 201), alpha], i * 4);
  });
  return bytes;
}

/**
 * One byte per segment, 255 when shown and 0 when the legend hides it; the last entry (index `segments`)
 * is the noise group, which label -1 points to.
 */
export function segmentVisibilityBytes(segments: number, hidden: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(segments + 1).fill(255);
  for (const segment of hidden) if (segment >= 0 && segment <= segments) bytes[segment] = 0;
  return bytes;
}
