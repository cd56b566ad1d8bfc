// The WebGL map: PCA coordinates of every customer coloured by segment, with zoom, pan and lasso.
// Hovering a point shows that customer's row; a lasso selection feeds the selection summary.
import { useEffect, useMemo, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { setSelection } from '../../state/segmentStore';
import { normaliseEmbedding } from '../../analysis/embeddingBounds';
import { useScatterplot } from './useScatterplot';
import { segmentColor } from './segmentPalette';
import { PointTooltip } from './PointTooltip';

type Mode = 'panZoom' | 'lasso';

export function SegmentMap() {
  const run = useRunStore((s) => s.run);
  const [mode, setMode] = useState<Mode>('panZoom');
  const [hovered, setHovered] = useState<number | null>(null);
  const [drawnPoints, setDrawnPoints] = useState(0);
  const { canvasRef, plot, error } = useScatterplot({
    onSelect: (points) => setSelection(Int32Array.from(points)),
    onDeselect: () => setSelection(null),
    onHover: setHovered,
  });

  const points = useMemo(() => {
    if (!run) return null;
    const rows = run.result.labels.length;
    // The frame holds 99 % of customers on each axis; far outliers sit outside until one zooms out.
    const { x, y, outside } = normaliseEmbedding(run.result.embedding, rows, 0.99);
    const category = new Float32Array(rows);
    for (let i = 0; i < rows; i++) category[i] = Math.max(0, run.result.labels[i]);
    return { x, y, z: category, count: rows, outside, segments: run.params.n_clusters };
  }, [run]);

  useEffect(() => {
    if (!plot || !points) return;
    let stale = false;
    const colors = Array.from({ length: points.segments }, (_, i) => segmentColor(i));
    void plot.set({ colorBy: 'valueA', pointColor: colors }).then(() =>
      plot.draw({ x: points.x, y: points.y, z: points.z }, { zDataType: 'categorical' }),
    ).then(() => { if (!stale) setDrawnPoints(points.count); });
    return () => { stale = true; };
  }, [plot, points]);

  useEffect(() => { void plot?.set({ mouseMode: mode }); }, [plot, mode]);

  const hoverPosition = hovered !== null && plot ? plot.getScreenPosition(hovered) : undefined;
  return (
    <div className="map-wrap" data-testid="segment-map" data-points-drawn={drawnPoints}>
      <div className="map-tools" role="toolbar" aria-label="Map tools">
        <button type="button" aria-pressed={mode === 'panZoom'} onClick={() => setMode('panZoom')}>Pan and zoom</button>
        <button type="button" aria-pressed={mode === 'lasso'} onClick={() => setMode('lasso')}>Lasso</button>
        <button type="button" onClick={() => { void plot?.zoomToOrigin(); plot?.deselect(); }}>Reset view</button>
      </div>
      {error ? <p className="alert" role="alert">{error}</p> : null}
      <canvas ref={canvasRef} aria-label={`Map of ${points?.count ?? 0} customers coloured by segment`} role="img" />
      {points && points.outside > 0 ? (
        <p className="map-note">{points.outside.toLocaleString('en')} outlying customers are outside this frame: zoom out to see them.</p>
      ) : null}
      {hovered !== null && hoverPosition ? <PointTooltip rowIndex={hovered} x={hoverPosition[0]} y={hoverPosition[1]} /> : null}
    </div>
  );
}
