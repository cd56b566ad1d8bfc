// Writes the map as an SVG document: one circle per customer in the current layout and colours.
// Built as an array of strings joined once, so a large map stays linear in time.
import type { MapLayout } from './useMapLayout';
import type { MapColouring } from './mapColours';

const SIZE = 800;

export function mapToSvg(layout: MapLayout, colouring: MapColouring): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="#fbfcfe"/>`,
  ];
  for (let i = 0; i < layout.count; i++) {
    const x = ((layout.x[i] + 1) / 2) * SIZE;
    const y = ((1 - layout.y[i]) / 2) * SIZE;
    if (x < 0 || x > SIZE || y < 0 || y > SIZE) continue;
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2" fill="${colouring.palette[colouring.categories[i]]}" fill-opacity="0.8"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
