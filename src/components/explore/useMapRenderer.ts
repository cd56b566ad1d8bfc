// Lends the session's point renderer to a map: puts its canvas into the host element, sizes it with a
// ResizeObserver, wires pan and zoom, and reports a missing or lost WebGL context in words.
import { useCallback, useEffect, useRef, useState } from 'react';
import { adoptMapRenderer, releaseMapRenderer } from './sharedMapRenderer';
import { attachMapZoom, type MapZoom } from './gl/mapZoom';
import type { PointRenderer } from './gl/pointRenderer';

const LOST_MESSAGE = 'The map lost its WebGL context (the graphics driver was reset or the tab has too many canvases); '
  + 'it is redrawn as soon as the browser gives the context back. If it stays empty, reload the page: your session is kept.';

export function useMapRenderer(): {
  hostRef: React.RefObject<HTMLDivElement | null>;
  renderer: PointRenderer | null;
  error: string | null;
  resetView: () => void;
} {
  const hostRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<MapZoom | null>(null);
  const [renderer, setRenderer] = useState<PointRenderer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let instance: PointRenderer;
    try {
      instance = adoptMapRenderer(host);
    } catch (e) {
      queueMicrotask(() => setError(`The map could not start; it needs WebGL (${e instanceof Error ? e.message : String(e)}). `
        + 'The other steps work without it: try another browser or turn on hardware acceleration to see the map.'));
      return;
    }
    const zoom = attachMapZoom(instance);
    zoomRef.current = zoom;
    const resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      instance.resize(width, height, window.devicePixelRatio || 1);
    });
    resize.observe(host);
    const unlisten = instance.on((event) => {
      if (event === 'lost') setError(LOST_MESSAGE);
      if (event === 'restored') setError(null);
    });
    queueMicrotask(() => { setRenderer(instance); if (instance.contextLost) setError(LOST_MESSAGE); });
    return () => {
      setRenderer(null);
      unlisten();
      resize.disconnect();
      zoom.detach();
      zoomRef.current = null;
      releaseMapRenderer(host);
    };
  }, []);

  const resetView = useCallback(() => zoomRef.current?.reset(), []);
  return { hostRef, renderer, error, resetView };
}
