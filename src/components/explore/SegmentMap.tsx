// The WebGL map: every customer at its projected place, coloured by segment or by a feature, with zoom,
// pan, lasso and box (answered by our point grid), hover rows, hidden and highlighted segments, animated switches.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { setSelection, useSegmentStore } from '../../state/segmentStore';
import { useMapStore } from '../../state/mapStore';
import { useScatterplot } from './useScatterplot';
import { useMapLayout } from './useMapLayout';
import { continuousColouring, featureColouring, highlightSegmentPalette, segmentColouring, type MapColouring } from './mapColours';
import { useMapIndex } from './useMapIndex';
import { useMapHitTesting } from './useMapHitTesting';
import { SelectionOverlay } from './SelectionOverlay';
import { PointTooltip } from './PointTooltip';
import { MapExportButtons } from './MapExportButtons';

type Mode = 'panZoom' | 'lasso' | 'box';

export function SegmentMap() {
  const run = useRunStore((s) => s.run);
  const colorBy = useMapStore((s) => s.colorBy);
  const hidden = useMapStore((s) => s.hidden);
  const layout = useMapLayout();
  const selection = useSegmentStore((s) => s.selection);
  const highlighted = useMapStore((s) => s.highlighted);
  const [mode, setMode] = useState<Mode>('panZoom');
  const [drawnPoints, setDrawnPoints] = useState(0);
  const lastMethod = useRef<string | null>(null);
  const { hostRef, plot, error } = useScatterplot({
    onSelect: (points) => setSelection(Int32Array.from(points)),
    onDeselect: () => setSelection(null),
    // Hover is answered by our grid (below); the renderer's own pointOver only tints the point.
    onHover: () => undefined,
  });
  const index = useMapIndex(layout);
  const labels = run?.result.labels ?? null;
  const { hovered, lastQueryMs, selectLasso, selectBox, hoverAt, endHover } =
    useMapHitTesting(plot, index, labels, hidden, run?.result.segmentCount ?? 0);

  const colouring: MapColouring | null = useMemo(() => {
    if (!run) return null;
    if (colorBy.kind === 'feature') {
      const column = run.features.indexOf(colorBy.feature);
      if (column >= 0) return featureColouring(run.featureMatrix, column);
    }
    if (colorBy.kind === 'probability' && run.result.probability) return continuousColouring(run.result.probability);
    return segmentColouring(run.result.labels, run.result.segmentCount);
  }, [run, colorBy]);
  // A segment highlighted from the table fades the others through the palette alone (no point is redrawn).
  const palette = useMemo(() => {
    if (!colouring) return null;
    return highlighted !== null && colouring.bySegment ? highlightSegmentPalette(colouring.palette, highlighted) : colouring.palette;
  }, [colouring, highlighted]);
  const paletteRef = useRef(palette);
  useEffect(() => { paletteRef.current = palette; });

  useEffect(() => {
    if (!plot || !layout || !colouring) return;
    let stale = false;
    // Switching between finished projections animates points to their new places; live frames do not.
    const animate = !layout.live && lastMethod.current !== null && lastMethod.current !== layout.method;
    lastMethod.current = layout.method;
    void plot.set({ colorBy: 'valueA', pointColor: paletteRef.current ?? colouring.palette })
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

  useEffect(() => { if (plot && palette && drawnPoints > 0) void plot.set({ pointColor: palette }); }, [plot, palette, drawnPoints]);

  // The renderer only pans and zooms: its own lasso (mouse mode or shift-drag) would bypass our grid.
  useEffect(() => {
    // `actionKeyMap` (action -> key) replaces the deprecated `keyMap`, but the typings only know the latter.
    const noLassoKey = { mouseMode: 'panZoom' as const, actionKeyMap: { merge: 'shift', rotate: 'alt' } };
    void plot?.set(noLassoKey);
  }, [plot]);

  // The selection (from the map, a table or a tree) is what the map shows selected; a segment highlighted
  // while the colours are not by segment borrows the selection's dimming until the pointer leaves its row.
  useEffect(() => {
    if (!plot || drawnPoints === 0) return;
    const shown = highlighted !== null && labels && colouring && !colouring.bySegment
      ? rowsOfSegment(labels, highlighted, run?.result.segmentCount ?? 0) : selection;
    // In a task of its own: the renderer's select walks every selected point in JS (about 0.7 s for 475k
    // points on this loaded machine), which should not add to the query's task.
    const timer = window.setTimeout(() => {
      if (shown && shown.length > 0) plot.select(Array.from(shown), { preventEvent: true });
      else plot.deselect({ preventEvent: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [plot, selection, drawnPoints, highlighted, labels, colouring, run]);

  const hoverPosition = hovered !== null && plot ? plot.getScreenPosition(hovered) : undefined;
  return (
    <div className="map-wrap" data-testid="segment-map" data-points-drawn={drawnPoints} data-projection={layout?.method ?? ''}
      data-index-ready={index !== null} data-selected-count={selection?.length ?? 0} data-highlighted-segment={highlighted ?? ''}
      data-last-query-ms={lastQueryMs ?? ''}>
      <div className="map-tools" role="toolbar" aria-label="Map tools">
        <button type="button" aria-pressed={mode === 'panZoom'} onClick={() => setMode('panZoom')}>Pan and zoom</button>
        <button type="button" aria-pressed={mode === 'lasso'} onClick={() => setMode('lasso')}>Lasso</button>
        <button type="button" aria-pressed={mode === 'box'} onClick={() => setMode('box')} aria-label="Box selection">Box</button>
        <button type="button" onClick={() => { void plot?.zoomToOrigin(); plot?.deselect(); }}>Reset view</button>
        <MapExportButtons plot={plot} layout={layout} colouring={colouring} />
      </div>
      {error ? <p className="alert" role="alert">{error}</p> : null}
      <div ref={hostRef} onPointerLeave={endHover}
        onPointerMove={(e) => { if (mode === 'panZoom' && e.buttons === 0) hoverAt(e.clientX, e.clientY); else endHover(); }} style={{ width: '100%', height: '100%' }} aria-label={`Map of ${layout?.count ?? 0} customers`} role="img" />
      {mode !== 'panZoom' ? <SelectionOverlay tool={mode} onLasso={selectLasso} onBox={selectBox} /> : null}
      {layout && layout.outside > 0 ? (
        <p className="map-note">{layout.outside.toLocaleString('en')} outlying customers are outside this frame: zoom out to see them.</p>
      ) : null}
      {hovered !== null && hoverPosition ? <PointTooltip rowIndex={hovered} x={hoverPosition[0]} y={hoverPosition[1]} /> : null}
    </div>
  );
}

function rowsOfSegment(labels: Int32Array, segment: number, noise: number): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < labels.length; i++) if ((labels[i] < 0 ? noise : labels[i]) === segment) rows.push(i);
  return Int32Array.from(rows);
}
