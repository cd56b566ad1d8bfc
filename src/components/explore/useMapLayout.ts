// Which 2-D layout the map draws now: the live layout of a running projection, the finished layout
// of the chosen method, or the run's own PCA; normalised to the WebGL frame.
import { useMemo } from 'react';
import { useRunStore } from '../../state/runStore';
import { useProjectionStore } from '../../state/projectionStore';
import { normaliseEmbedding, type NormalisedEmbedding } from '../../analysis/embeddingBounds';
import type { ProjectionMethod } from '../../workers/projectionJob';

export interface MapLayout extends NormalisedEmbedding {
  count: number;
  method: ProjectionMethod;
  live: boolean;
}

export function useMapLayout(): MapLayout | null {
  const run = useRunStore((s) => s.run);
  const live = useProjectionStore((s) => s.live);
  const shown = useProjectionStore((s) => s.shown);
  const finished = useProjectionStore((s) => s.results[s.shown]);
  return useMemo(() => {
    if (!run) return null;
    const rows = run.result.labels.length;
    const source = live ?? finished?.embedding ?? run.result.embedding;
    const method = live || finished ? shown : 'pca';
    // The frame holds 99 % of customers on each axis; far outliers sit outside until one zooms out.
    return { ...normaliseEmbedding(source, rows, 0.99), count: rows, method, live: live !== null };
  }, [run, live, finished, shown]);
}
