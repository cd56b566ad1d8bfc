// The point grid of the layout the map shows, for our own lasso, box and hover hit-testing. At a
// million points the build is spread over short tasks (yielding between steps) so the page never stalls.
import { useEffect, useState } from 'react';
import { MAP_GRID_CHUNK, pointGridSteps, type PointGrid } from '../../analysis/spatial/pointGrid';
import type { MapLayout } from './useMapLayout';

export function useMapIndex(layout: MapLayout | null): PointGrid | null {
  const [index, setIndex] = useState<{ layout: MapLayout; grid: PointGrid } | null>(null);
  useEffect(() => {
    if (!layout) return;
    const steps = pointGridSteps(layout.x, layout.y, MAP_GRID_CHUNK);
    let timer = 0;
    const step = () => {
      const next = steps.next();
      if (next.done) setIndex({ layout, grid: next.value });
      else timer = window.setTimeout(step, 0);
    };
    timer = window.setTimeout(step, 0);
    return () => window.clearTimeout(timer);
  }, [layout]);
  // A grid of an earlier layout would hit the points where they were, not where they are drawn.
  return index && index.layout === layout ? index.grid : null;
}
