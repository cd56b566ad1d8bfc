// "PNG" and "SVG" downloads of the map as it is drawn now (PNG read from the WebGL canvas, SVG as one circle per point).
// The SVG keeps every point, so it can be large for big tables; the PNG is the quick one.
import type { PointRenderer } from './gl/pointRenderer';
import type { MapLayout } from './useMapLayout';
import type { MapColouring } from './mapColours';
import { downloadBlob } from '../common/downloadBlob';
import { mapToSvg } from './mapToSvg';

interface Props { renderer: PointRenderer | null; layout: MapLayout | null; colouring: MapColouring | null }

export function MapExportButtons({ renderer, layout, colouring }: Props) {
  const savePng = async () => {
    const blob = await renderer?.toPngBlob();
    if (blob) downloadBlob(blob, `map-${layout?.method ?? 'pca'}.png`);
  };
  const saveSvg = () => {
    if (!layout || !colouring) return;
    downloadBlob(new Blob([mapToSvg(layout, colouring)], { type: 'image/svg+xml' }), `map-${layout.method}.svg`);
  };
  return (
    <>
      <button type="button" onClick={() => void savePng()} disabled={!renderer} aria-label="Save the map as PNG">PNG</button>
      <button type="button" onClick={saveSvg} disabled={!layout} aria-label="Save the map as SVG">SVG</button>
    </>
  );
}
