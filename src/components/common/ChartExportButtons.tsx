// "SVG" and "PNG" downloads for any d3/SVG chart: the SVG as written, the PNG rendered from it at 2x.
// Every chart in the app uses these, so an analyst can put any figure in a deck.
import type { RefObject } from 'react';
import { downloadBlob } from './downloadBlob';

function serialise(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Charts are styled by CSS classes; the background and font are written in so the file stands alone.
  clone.setAttribute('style', 'background:#ffffff;font-family:system-ui,sans-serif;font-size:11px');
  return new XMLSerializer().serializeToString(clone);
}

async function svgToPng(svg: SVGSVGElement): Promise<Blob | null> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([serialise(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartExportButtons({ svgRef, name }: { svgRef: RefObject<SVGSVGElement | null>; name: string }) {
  const fileBase = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <div className="chart-actions">
      <button type="button" aria-label={`Save the ${name} as SVG`} onClick={() => {
        if (svgRef.current) downloadBlob(new Blob([serialise(svgRef.current)], { type: 'image/svg+xml' }), `${fileBase}.svg`);
      }}>SVG</button>
      <button type="button" aria-label={`Save the ${name} as PNG`} onClick={() => {
        if (svgRef.current) void svgToPng(svgRef.current).then((blob) => { if (blob) downloadBlob(blob, `${fileBase}.png`); });
      }}>PNG</button>
    </div>
  );
}
