// Lends the session's one regl-scatterplot to a map: puts its canvas into the host element, wires the
// events, and hands the canvas back on unmount. Keeps the WebGL details out of the map component.
import { useEffect, useRef, useState } from 'react';
import { adoptScatterplot, releaseScatterplot, type Scatterplot } from './sharedScatterplot';

export type { Scatterplot };

export interface ScatterEvents {
  onSelect: (points: number[]) => void;
  onDeselect: () => void;
  onHover: (point: number | null) => void;
}

export function useScatterplot(events: ScatterEvents): {
  hostRef: React.RefObject<HTMLDivElement | null>;
  plot: Scatterplot | null;
  error: string | null;
} {
  const hostRef = useRef<HTMLDivElement>(null);
  const [plot, setPlot] = useState<Scatterplot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const eventsRef = useRef(events);
  useEffect(() => { eventsRef.current = events; });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let instance: Scatterplot;
    try {
      instance = adoptScatterplot(host);
    } catch (e) {
      queueMicrotask(() => setError(`The map could not start; it needs WebGL (${e instanceof Error ? e.message : String(e)}).`));
      return;
    }
    const select = instance.subscribe('select', ({ points }) => eventsRef.current.onSelect(points));
    const deselect = instance.subscribe('deselect', () => eventsRef.current.onDeselect());
    const over = instance.subscribe('pointOver', (index) => eventsRef.current.onHover(index));
    const out = instance.subscribe('pointOut', () => eventsRef.current.onHover(null));
    queueMicrotask(() => setPlot(instance));
    return () => {
      setPlot(null);
      instance.unsubscribe(select);
      instance.unsubscribe(deselect);
      instance.unsubscribe(over);
      instance.unsubscribe(out);
      releaseScatterplot(host);
    };
  }, []);

  return { hostRef, plot, error };
}
