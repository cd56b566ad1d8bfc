// Owns one regl-scatterplot instance on a canvas: creation, drawing, events and clean-up.
// Keeps the WebGL details out of the map component, which only says what to show.
import { useEffect, useRef, useState } from 'react';
import createScatterplot from 'regl-scatterplot';

export type Scatterplot = ReturnType<typeof createScatterplot>;

export interface ScatterEvents {
  onSelect: (points: number[]) => void;
  onDeselect: () => void;
  onHover: (point: number | null) => void;
}

export function useScatterplot(events: ScatterEvents): {
  canvasRef: React.RefObject<HTMLCanvasElement | null>;
  plot: Scatterplot | null;
  error: string | null;
} {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [plot, setPlot] = useState<Scatterplot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const eventsRef = useRef(events);
  useEffect(() => { eventsRef.current = events; });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let instance: Scatterplot;
    try {
      instance = createScatterplot({
        canvas,
        width: 'auto',
        height: 'auto',
        pointSize: 4,
        pointSizeSelected: 2,
        opacity: 0.8,
        opacityInactiveScale: 0.15,
        backgroundColor: [0.984, 0.988, 0.996, 1],
        lassoColor: [0.18, 0.36, 0.92, 1],
        lassoInitiator: false,
        deselectOnDblClick: true,
        deselectOnEscape: true,
      });
    } catch (e) {
      queueMicrotask(() => setError(`The map could not start; it needs WebGL (${e instanceof Error ? e.message : String(e)}).`));
      return;
    }
    instance.subscribe('select', ({ points }) => eventsRef.current.onSelect(points));
    instance.subscribe('deselect', () => eventsRef.current.onDeselect());
    instance.subscribe('pointOver', (index) => eventsRef.current.onHover(index));
    instance.subscribe('pointOut', () => eventsRef.current.onHover(null));
    queueMicrotask(() => setPlot(instance));
    return () => {
      setPlot(null);
      instance.destroy();
    };
  }, []);

  return { canvasRef, plot, error };
}
