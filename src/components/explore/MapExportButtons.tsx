// "PNG" and "SVG" downloads of the map as it is drawn now (PNG from WebGL, SVG as one circle per point).
// The SVG keeps every point, so it can be large for big tables; the PNG is the quick one.
import type { Scatterplot } from './useScatterplot';
import type { MapLayout } from './useMapLayout';
import type { MapColouring } from './mapColours';
import { downloadBlob } from '../common/downloadBlob';
import { mapToSvg } from './mapToSvg';

interface Props { plot: Scatterplot | null; layout: MapLayout | null; colouring: MapColouring | null }

export function MapExportButtons({ plot, layout, colouring }: Props) {
  const savePng = async () => {
    if (!plot) return;
    const image = await plot.export({ scale: 1 });
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')?.putImageData(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) downloadBlob(blob, `map-${layout?.method ?? 'pca'}.png`);
  };
  const saveSvg = () => {
    if (!layout || !colouring) return;
    downloadBlob(new Blob([mapToSvg(layout, colouring)], { type: 'image/svg+xml' }), `map-${layout.method}.svg`);
  };
  return (
    <>
      <button type="button" onClick={() => void savePng()} disabled={!plot} aria-label="Save the map as PNG">PNG</button>
      <button type="button" onClick={saveSvg} disabled={!layout} aria-label="Save the map as SVG">SVG</button>
    </>
  );
}
