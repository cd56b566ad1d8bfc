// The silhouette plot of the run's segments (Orange's Silhouette Plot): every customer's silhouette as
// a thin bar, grouped by segment and sorted, each segment's mean marked; drawn to a canvas, saved as PNG or SVG.
import { useEffect, useMemo, useRef } from 'react';
import { useSegmentStore } from '../../state/segmentStore';
import { downloadBlob } from '../common/downloadBlob';
import { segmentColor } from '../explore/segmentPalette';
import type { SilhouettePlotResult } from '../../workers/hierarchyJob';
import { silhouettePlotLayout } from './silhouettePlotLayout';
import { drawSilhouettePlot, silhouettePlotSvg, type SilhouetteLabels } from './drawSilhouettePlot';

export function SilhouettePlot({ plot }: { plot: SilhouettePlotResult }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const names = useSegmentStore((s) => s.names);
  const layout = useMemo(() => silhouettePlotLayout(plot), [plot]);
  const labels: SilhouetteLabels = useMemo(() => ({
    names, colours: plot.groups.map((g) => segmentColor(g.segment)).reduce<string[]>((all, c, i) => { all[plot.groups[i].segment] = c; return all; }, []),
    overallMean: plot.overallMean,
  }), [names, plot]);
  useEffect(() => {
    if (canvas.current) drawSilhouettePlot(canvas.current, layout, labels);
  }, [layout, labels]);
  const nameOf = (segment: number) => names[segment] ?? `Segment ${segment + 1}`;
  const scope = plot.sampled
    ? `on a seeded sample of ${plot.sampled.toLocaleString('en')} customers (exact up to 20,000)`
    : `for all ${plot.scored.toLocaleString('en')} customers`;
  return (
    <figure className="chart silhouette-plot">
      <canvas ref={canvas} role="img" style={{ width: layout.width, maxWidth: '100%', height: 'auto' }}
        aria-label={`Customer silhouettes by segment: ${plot.groups.length} segments, overall mean ${plot.overallMean.toFixed(2)}`} data-testid="silhouette-canvas" />
      <figcaption className="muted" style={{ fontSize: 12 }} data-testid="silhouette-caption">
        Silhouette of every customer {scope}, grouped by segment and sorted; the dark mark is the segment's mean, the dashed line the
        overall mean ({plot.overallMean.toFixed(3)}).
        {plot.unscored > 0 ? ` ${plot.unscored.toLocaleString('en')} customers are not scored (noise or left out by the recipe${plot.sampled ? ', or outside the sample' : ''}).` : ''}
      </figcaption>
      <table aria-label="Silhouette by segment" className="silhouette-table">
        <thead><tr><th>segment</th><th>customers scored</th><th>mean silhouette</th></tr></thead>
        <tbody>
          {plot.groups.map((g) => (
            <tr key={g.segment}><td>{nameOf(g.segment)}</td><td>{g.values.length.toLocaleString('en')}</td><td>{g.mean.toFixed(3)}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="chart-actions">
        <button type="button" aria-label="Save the silhouette plot as SVG" onClick={() => {
          downloadBlob(new Blob([silhouettePlotSvg(layout, labels)], { type: 'image/svg+xml' }), 'silhouette-plot.svg');
        }}>SVG</button>
        <button type="button" aria-label="Save the silhouette plot as PNG" onClick={() => {
          canvas.current?.toBlob((blob) => { if (blob) downloadBlob(blob, 'silhouette-plot.png'); }, 'image/png');
        }}>PNG</button>
      </div>
    </figure>
  );
}
