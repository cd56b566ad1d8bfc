// Segment colours: Tableau 10 and then Paired, distinct on screen and on a projector.
// The same index gives the same colour on the map, in the legend and in the tables.
import { schemeTableau10, schemePaired } from 'd3';

const palette = [...schemeTableau10, ...schemePaired];

export function segmentColor(index: number): string {
  return index < 0 ? '#b8bec9' : palette[index % palette.length];
}
