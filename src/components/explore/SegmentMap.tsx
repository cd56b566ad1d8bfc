// The WebGL map: every customer at its projected place, coloured by segment or by a feature, with
// zoom, pan, lasso, hidden segments, hover rows, animated switches between projections, PNG/SVG export.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { setSelection, useSegmentStore } from '../../state/segmentStore';
import { useMapStore } from '../../state/mapStore';
import { useScatterplot } from './useScatterplot';
import { useMapLayout } from './useMapLayout';
import { continuousColouring, featureColouring, segmentColouring, type MapColouring } from './mapColours';
import { PointTooltip } from './PointTooltip';
import { MapExportButtons } from './MapExportButtons';

type Mode = 'panZoom' | 'lasso';

export function SegmentMap() {
  const run = useRunStore((s) => s.run);
  const colorBy = useMapStore((s) => s.colorBy);
  const hidden = useMapStore((s) => s.hidden);
  const layout = useMapLayout();
  const selection = useSegmentStore((s) => s.selection);
  const selectionSource = useSegmentStore((s) => s.selectionSource);
  const [mode, setMode] = useState<Mode>('panZoom');
  const [hovered, setHovered] = useState<number | null>(null);
  const [drawnPoints, setDrawnPoints] = useState(0);
  const lastMethod = useRef<string | null>(null);
  const { hostRef, plot, error } = useScatterplot({
    onSelect: (points) => setSelection(Int32Array.from(points)),
    onDeselect: () => setSelection(null),
    onHover: setHovered,
  });

  const colouring: MapColouring | null = useMemo(() => {
    if (!run) return null;
    if (colorBy.kind === 'feature') {
      const column = run.features.indexOf(colorBy.feature);
      if (column >= 0) return featureColouring(run.featureMatrix, column);
    }
    if (colorBy.kind === 'probability' && run.result.probability) return continuousColouring(run.result.probability);
    return segmentColouring(run.result.labels, run.result.segmentCount);
  }, [run, colorBy]);

  useEffect(() => {
    if (!plot || !layout || !colouring) return;
    let stale = false;
    // Switching between finished projections animates points to their new places; live frames do not.
    const animate = !layout.live && lastMethod.current !== null && lastMethod.current !== layout.method;
    lastMethod.current = layout.method;
    void plot.set({ colorBy: 'valueA', pointColor: colouring.palette })
      .then(() => plot.draw({ x: layout.x, y: layout.y, z: colouring.categories },
        { zDataType: 'categorical', transition: animate, transitionDuration: 700, preventFilterReset: true }))
      .then(() => { if (!stale) setDrawnPoints(layout.count); });
    return () => { stale = true; };
  }, [plot, layout, colouring]);

  useEffect(() => {
    if (!plot || !run || drawnPoints === 0) return;
    if (hidden.length === 0) { void plot.unfilter({ preventEvent: true }); return; }
    const hiddenSet = new Set(hidden);
    const visible: number[] = [];
    const labels = run.result.labels;
    for (let i = 0; i < labels.length; i++) if (!hiddenSet.has(labels[i] < 0 ? run.result.segmentCount : labels[i])) visible.push(i);
    void plot.filter(visible, { preventEvent: true });
  }, [plot, run, hidden, drawnPoints]);

  useEffect(() => { void plot?.set({ mouseMode: mode }); }, [plot, mode]);

  // A selection made in a table or a tree is highlighted here; one made on the map is already shown.
  useEffect(() => {
    if (!plot || drawnPoints === 0 || selectionSource !== 'elsewhere') return;
    if (selection && selection.length > 0) plot.select(Array.from(selection), { preventEvent: true });
    else plot.deselect({ preventEvent: true });
  }, [plot, selection, selectionSource, drawnPoints]);

  const hoverPosition = hovered !== null && plot ? plot.getScreenPosition(hovered) : undefined;
  return (
    <div className="map-wrap" data-testid="segment-map" data-points-drawn={drawnPoints} data-projection={layout?.method ?? ''}>
      <div className="map-tools" role="toolbar" aria-label="Map tools">
        <button type="button" aria-pressed={mode === 'panZoom'} onClick={() => setMode('panZoom')}>Pan and zoom</button>
        <button type="button" aria-pressed={mode === 'lasso'} onClick={() => setMode('lasso')}>Lasso</button>
        <button type="button" onClick={() => { void plot?.zoomToOrigin(); plot?.deselect(); }}>Reset view</button>
        <MapExportButtons plot={plot} layout={layout} colouring={colouring} />
      </div>
      {error ? <p className="alert" role="alert">{error}</p> : null}
      <div ref={hostRef} style={{ width: '100%', height: '100%' }} aria-label={`Map of ${layout?.count ?? 0} customers`} role="img" />
      {layout && layout.outside > 0 ? (
        <p className="map-note">{layout.outside.toLocaleString('en')} outlying customers are outside this frame: zoom out to see them.</p>
      ) : null}
      {hovered !== null && hoverPosition ? <PointTooltip rowIndex={hovered} x={hoverPosition[0]} y={hoverPosition[1]} /> : null}
    </div>
  );
}
