// Pan and zoom of the map with d3-zoom on its canvas: drag, wheel, pinch and double-click move the
// renderer's camera; "Reset view" eases back to the whole frame.
import { select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';
import type { PointRenderer } from './pointRenderer';

export interface MapZoom {
  /** Eases back to the initial view (at once when the reader prefers reduced motion). */
  reset: () => void;
  detach: () => void;
}

const RESET_MS = 600;

export function attachMapZoom(renderer: PointRenderer): MapZoom {
  const canvas = renderer.canvas;
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.2, 2000])
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => renderer.setTransform(event.transform));
  const selection = select(canvas);
  selection.call(behaviour).call(behaviour.transform, zoomIdentity);
  return {
    reset: () => {
      const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      selection.transition().duration(still ? 0 : RESET_MS).call(behaviour.transform, zoomIdentity);
    },
    detach: () => {
      selection.interrupt();
      selection.on('.zoom', null);
    },
  };
}
