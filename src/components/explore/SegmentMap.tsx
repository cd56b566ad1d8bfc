// The WebGL map: every customer at its projected place, coloured by segment or by a feature, with zoom,
// pan, lasso and box (answered by our point grid), hover rows, hidden and highlighted segments, animated switches.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { setSelection, useSegmentStore } from '../../state/segmentStore';
import { useMapStore } from '../../state/mapStore';
import { useMapRenderer } from './useMapRenderer';
import { useMapLayout } from './useMapLayout';
import { continuousColouring, featureColouring, highlightSegmentPalette, segmentColouring, type MapColouring } from './mapColours';
import { useMapIndex } from './useMapIndex';
import { useMapHitTesting } from './useMapHitTesting';
import { layoutToScreen } from './mapScreen';
import { categoryBytes } from './gl/pointMasks';
import { paletteBytes, segmentVisibilityBytes } from './gl/paletteBytes';
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
  const { hostRef, renderer, error, resetView } = useMapRenderer();
  const index = useMapIndex(layout);
  const labels = run?.result.labels ?? null;
  const segmentCount = run?.result.segmentCount ?? 0;
  const { hovered, lastQueryMs, selectLasso, selectBox, hoverAt, endHover } =
    useMapHitTesting(renderer, index, labels, hidden, segmentCount);

  const colouring: MapColouring | null = useMemo(() => {
    if (!run) return null;
    if (colorBy.kind === 'feature') {
      const column = run.features.indexOf(colorBy.feature);
      if (column >= 0) return featureColouring(run.featureMatrix, column);
    }
    if (colorBy.kind === 'probability' && run.result.probability) return continuousColouring(run.result.probability);
    return segmentColouring(run.result.labels, run.result.segmentCount);
  }, [run, colorBy]);
  const categories = useMemo(() => (colouring ? categoryBytes(colouring.categories) : null), [colouring]);
  // A segment highlighted from the table fades the others through the palette alone (no point is redrawn).
  const palette = useMemo(() => {
    if (!colouring) return null;
    return paletteBytes(highlighted !== null && colouring.bySegment ? highlightSegmentPalette(colouring.palette, highlighted) : colouring.palette);
  }, [colouring, highlighted]);

  useEffect(() => {
    if (!renderer || !layout) return;
    // Switching between finished projections animates points to their new places; live frames do not.
    const animate = !layout.live && lastMethod.current !== null && lastMethod.current !== layout.method;
    lastMethod.current = layout.method;
    renderer.setPositions(layout.x, layout.y, animate);
  }, [renderer, layout]);
  useEffect(() => renderer?.on((event) => { if (event === 'drawn') setDrawnPoints(renderer.drawnCount); }), [renderer]);

  useEffect(() => { if (renderer && labels) renderer.setSegments(labels, segmentCount); }, [renderer, labels, segmentCount]);
  useEffect(() => { if (renderer && categories && palette) renderer.setColours(categories, palette); }, [renderer, categories, palette]);
  // The legend hides a segment through a byte per segment: no point is touched.
  useEffect(() => { renderer?.setVisibility(segmentVisibilityBytes(segmentCount, hidden)); }, [renderer, segmentCount, hidden]);
  useEffect(() => { renderer?.setSelection(selection); }, [renderer, selection]);
  // A highlighted segment is shown as the selection would be (the others dimmed) until the pointer leaves its row.
  useEffect(() => { renderer?.setSelectedSegment(highlighted ?? -1); }, [renderer, highlighted]);
  useEffect(() => { renderer?.setHovered(hovered); }, [renderer, hovered]);

  const hoverPosition = hovered !== null && renderer && layout && hovered < layout.count
    ? layoutToScreen(renderer.camera(), layout.x[hovered], layout.y[hovered]) : undefined;
  return (
    <div className="map-wrap" data-testid="segment-map" data-points-drawn={drawnPoints} data-projection={layout?.method ?? ''}
      data-index-ready={index !== null} data-selected-count={selection?.length ?? 0} data-highlighted-segment={highlighted ?? ''}
      data-last-query-ms={lastQueryMs ?? ''}
      // Escape anywhere in the map (its tools, the lasso being drawn) clears the selection, as in most map tools.
      onKeyDown={(e) => { if (e.key === 'Escape' && selection) setSelection(null); }}>
      <div className="map-tools" role="toolbar" aria-label="Map tools">
        <button type="button" aria-pressed={mode === 'panZoom'} onClick={() => setMode('panZoom')}>Pan and zoom</button>
        <button type="button" aria-pressed={mode === 'lasso'} onClick={() => setMode('lasso')}>Lasso</button>
        <button type="button" aria-pressed={mode === 'box'} onClick={() => setMode('box')} aria-label="Box selection">Box</button>
        <button type="button" onClick={() => { resetView(); setSelection(null); }}>Reset view</button>
        <MapExportButtons renderer={renderer} layout={layout} colouring={colouring} />
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
