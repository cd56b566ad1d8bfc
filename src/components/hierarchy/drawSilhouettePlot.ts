// Draws the silhouette plot to a canvas (thousands of bars at once) and writes the very same
// figure as SVG text for the "SVG" download, both from one layout.
import { scaleLinear } from 'd3';
import type { SilhouetteLayout } from './silhouettePlotLayout';

export interface SilhouetteLabels {
  names: string[];
  colours: string[];
  overallMean: number;
}

const INK = '#1d2430', MUTED = '#5d6776', GRID = '#dfe3ea';

function ticks(layout: SilhouetteLayout): number[] {
  return scaleLinear().domain([layout.xMin, 1]).ticks(6);
}

function bandLabel(labels: SilhouetteLabels, segment: number): string {
  return labels.names[segment] ?? `Segment ${segment + 1}`;
}

export function drawSilhouettePlot(canvas: HTMLCanvasElement, layout: SilhouetteLayout, labels: SilhouetteLabels): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.font = '11px system-ui, sans-serif';
  const { x } = layout;
  for (const t of ticks(layout)) {
    ctx.fillStyle = GRID;
    ctx.fillRect(x(t), layout.plotTop, 1, layout.plotBottom - layout.plotTop);
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'center';
    ctx.fillText(t.toFixed(1), x(t), layout.height - 10);
  }
  for (const band of layout.bands) {
    const rowHeight = band.height / band.bars.length;
    ctx.fillStyle = labels.colours[band.segment] ?? INK;
    for (let i = 0; i < band.bars.length; i++) {
      const v = band.bars[i];
      const from = x(Math.min(0, v)), to = x(Math.max(0, v));
      ctx.fillRect(from, band.top + i * rowHeight, Math.max(0.5, to - from), Math.max(rowHeight, 0.6));
    }
    ctx.fillStyle = INK;
    ctx.fillRect(x(band.mean) - 1, band.top, 2, band.height);
    ctx.textAlign = 'right';
    ctx.fillText(bandLabel(labels, band.segment), layout.x(layout.xMin) - 8, band.top + Math.min(band.height / 2, 12) + 3);
    ctx.fillStyle = MUTED;
    if (band.height >= 26) ctx.fillText(`mean ${band.mean.toFixed(2)}`, layout.x(layout.xMin) - 8, band.top + 26);
  }
  ctx.strokeStyle = '#b42318';
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x(labels.overallMean), layout.plotTop - 4);
  ctx.lineTo(x(labels.overallMean), layout.plotBottom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = '#b42318';
  ctx.textAlign = 'center';
  ctx.fillText(`overall mean ${labels.overallMean.toFixed(2)}`, x(labels.overallMean), layout.plotTop - 8);
}

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

export function silhouettePlotSvg(layout: SilhouetteLayout, labels: SilhouetteLabels): string {
  const { x } = layout;
  const parts: string[] = [];
  for (const t of ticks(layout)) {
    parts.push(`<rect x="${x(t).toFixed(1)}" y="${layout.plotTop}" width="1" height="${layout.plotBottom - layout.plotTop}" fill="${GRID}"/>`);
    parts.push(`<text x="${x(t).toFixed(1)}" y="${layout.height - 10}" text-anchor="middle" fill="${MUTED}">${t.toFixed(1)}</text>`);
  }
  for (const band of layout.bands) {
    const rowHeight = band.height / band.bars.length;
    // One path per segment: a bar per pixel row, like the canvas.
    let d = '';
    for (let i = 0; i < band.bars.length; i++) {
      const v = band.bars[i];
      const from = x(Math.min(0, v)), to = x(Math.max(0, v));
      d += `M${from.toFixed(1)},${(band.top + i * rowHeight).toFixed(2)}h${Math.max(0.5, to - from).toFixed(1)}v${Math.max(rowHeight, 0.6).toFixed(2)}h${(-Math.max(0.5, to - from)).toFixed(1)}z`;
    }
    const name = escapeXml(bandLabel(labels, band.segment));
    parts.push(`<g class="silhouette-group" data-segment="${band.segment}"><title>${name}: ${band.count} customers, mean silhouette ${band.mean.toFixed(3)}</title>`
      + `<path d="${d}" fill="${labels.colours[band.segment] ?? INK}"/>`
      + `<rect class="segment-mean" x="${(x(band.mean) - 1).toFixed(1)}" y="${band.top}" width="2" height="${band.height}" fill="${INK}"/>`
      + `<text x="${x(layout.xMin) - 8}" y="${band.top + Math.min(band.height / 2, 12) + 3}" text-anchor="end" fill="${INK}">${name}</text>`
      + (band.height >= 26 ? `<text x="${x(layout.xMin) - 8}" y="${band.top + 26}" text-anchor="end" fill="${MUTED}">mean ${band.mean.toFixed(2)}</text>` : '')
      + '</g>');
  }
  const mx = x(labels.overallMean).toFixed(1);
  parts.push(`<line x1="${mx}" x2="${mx}" y1="${layout.plotTop - 4}" y2="${layout.plotBottom}" stroke="#b42318" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${mx}" y="${layout.plotTop - 8}" text-anchor="middle" fill="#b42318">overall mean ${labels.overallMean.toFixed(2)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" `
    + `style="background:#ffffff;font-family:system-ui,sans-serif;font-size:11px"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}
