// The map's lasso, box and hover answered by our point grid (src/analysis/spatial), not by the
// renderer: shapes drawn in screen pixels are turned into layout coordinates with the camera first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointGrid } from '../../analysis/spatial/pointGrid';
import { pointsInPolygon } from '../../analysis/spatial/pointsInPolygon';
import { pointsInBox } from '../../analysis/spatial/pointsInBox';
import { nearestPoint } from '../../analysis/spatial/nearestPoint';
import { setSelection } from '../../state/segmentStore';
import { pixelsToLayout, screenToLayout, type MapCamera } from './mapScreen';
import type { PointRenderer } from './gl/pointRenderer';

/** How close (screen pixels) the pointer must come to a point to show its row. */
const HOVER_REACH_PX = 8;

export interface MapHitTesting {
  hovered: number | null;
  /** Milliseconds the last lasso or box query took (shown for the record in a data attribute). */
  lastQueryMs: number | null;
  selectLasso: (clientPolygon: number[]) => void;
  selectBox: (clientX0: number, clientY0: number, clientX1: number, clientY1: number) => void;
  hoverAt: (clientX: number, clientY: number) => void;
  endHover: () => void;
}

/**
 * `labels` and `hidden` say which points the legend hides (label -1 counts as segment `noise`):
 * hidden points are neither selected nor hovered.
 */
export function useMapHitTesting(renderer: PointRenderer | null, grid: PointGrid | null,
  labels: Int32Array | null, hidden: number[], noise: number): MapHitTesting {
  const [hovered, setHovered] = useState<number | null>(null);
  const [lastQueryMs, setLastQueryMs] = useState<number | null>(null);
  const frame = useRef(0);
  const visible = useMemo(() => visibleMask(labels, hidden, noise), [labels, hidden, noise]);

  const camera = useCallback((): { camera: MapCamera; left: number; top: number } | null => {
    if (!renderer) return null;
    const rect = renderer.canvas.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    return { camera: renderer.camera(), left: rect.left, top: rect.top };
  }, [renderer]);

  const select = useCallback((query: (view: { camera: MapCamera; left: number; top: number }) => Int32Array) => {
    const view = camera();
    if (!grid || !view) return;
    const start = performance.now();
    const rows = query(view);
    setLastQueryMs(Math.round((performance.now() - start) * 10) / 10);
    setSelection(rows.length > 0 ? rows : null);
  }, [camera, grid]);

  const selectLasso = useCallback((clientPolygon: number[]) => select(({ camera: cam, left, top }) => {
    const polygon = new Float64Array(clientPolygon.length);
    for (let i = 0; i < clientPolygon.length; i += 2) {
      [polygon[i], polygon[i + 1]] = screenToLayout(cam, clientPolygon[i] - left, clientPolygon[i + 1] - top);
    }
    // Non-zero winding (as regl-scatterplot 1.16's lasso was): a loop drawn twice over stays selected.
    return grid ? pointsInPolygon(grid, polygon, 'nonzero', visible) : new Int32Array(0);
  }), [select, grid, visible]);

  const selectBox = useCallback((x0: number, y0: number, x1: number, y1: number) => select(({ camera: cam, left, top }) => {
    const [ax, ay] = screenToLayout(cam, x0 - left, y0 - top);
    const [bx, by] = screenToLayout(cam, x1 - left, y1 - top);
    return grid ? pointsInBox(grid, { x0: ax, y0: ay, x1: bx, y1: by }, visible) : new Int32Array(0);
  }), [select, grid, visible]);

  const hoverAt = useCallback((clientX: number, clientY: number) => {
    cancelAnimationFrame(frame.current);
    // One query per frame at most, however fast the pointer moves.
    frame.current = requestAnimationFrame(() => {
      const view = camera();
      if (!grid || !view) { setHovered(null); return; }
      const [x, y] = screenToLayout(view.camera, clientX - view.left, clientY - view.top);
      const hit = nearestPoint(grid, x, y, pixelsToLayout(view.camera, HOVER_REACH_PX), visible);
      setHovered(hit >= 0 ? hit : null);
    });
  }, [camera, grid, visible]);

  const endHover = useCallback(() => {
    cancelAnimationFrame(frame.current);
    setHovered(null);
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  // Panning or zooming moves the points away from the pointer: the card would point at the wrong place.
  useEffect(() => renderer?.on((event) => { if (event === 'view') endHover(); }), [renderer, endHover]);
  // A new layout moves the points: the hovered row is no longer under the pointer.
  useEffect(() => { queueMicrotask(() => setHovered(null)); }, [grid]);

  return { hovered, lastQueryMs, selectLasso, selectBox, hoverAt, endHover };
}

function visibleMask(labels: Int32Array | null, hidden: number[], noise: number): Uint8Array | null {
  if (!labels || hidden.length === 0) return null;
  const hiddenSet = new Set(hidden);
  const mask = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) mask[i] = hiddenSet.has(labels[i] < 0 ? noise : labels[i]) ? 0 : 1;
  return mask;
}
