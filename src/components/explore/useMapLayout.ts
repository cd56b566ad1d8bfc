// Which 2-D layout the map draws now: the live layout of a running projection, the finished layout
// of the chosen method, or the run's own PCA; normalised to the WebGL frame by a worker.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { useProjectionStore } from '../../state/projectionStore';
import { normaliseMapLayout } from '../../state/mapLayoutWorkerClient';
import type { NormalisedEmbedding } from '../../analysis/embeddingBounds';
import type { ProjectionMethod } from '../../workers/projectionJob';

export interface MapLayout extends NormalisedEmbedding {
  count: number;
  method: ProjectionMethod;
  live: boolean;
}

/** The frame holds 99 % of customers on each axis; far outliers sit outside until one zooms out. */
const COVERAGE = 0.99;

interface LayoutRequest {
  runId: number;
  source: Float64Array;
  rows: number;
  method: ProjectionMethod;
  live: boolean;
}

/**
 * The layout of the latest projection framed so far. While the next one (a live frame, another method) is
 * being framed, the map keeps the run's previous layout; a new run shows none until its own is ready.
 */
export function useMapLayout(): MapLayout | null {
  const run = useRunStore((s) => s.run);
  const live = useProjectionStore((s) => s.live);
  const shown = useProjectionStore((s) => s.shown);
  const finished = useProjectionStore((s) => s.results[s.shown]);
  const request: LayoutRequest | null = useMemo(() => {
    if (!run) return null;
    const source = live ?? finished?.embedding ?? run.result.embedding;
    return { runId: run.id, source, rows: run.result.labels.length, method: live || finished ? shown : 'pca', live: live !== null };
  }, [run, live, finished, shown]);
  const [framed, setFramed] = useState<{ runId: number; order: number; layout: MapLayout } | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (!request) return;
    const order = ++asked.current;
    const { runId, source, rows, method, live: isLive } = request;
    void normaliseMapLayout(source, rows, COVERAGE).then((normalised) => {
      // Answers come in order; a late one for an older request or run never replaces a newer layout.
      setFramed((current) => (current && current.order > order) ? current
        : { runId, order, layout: { ...normalised, count: rows, method, live: isLive } });
    });
  }, [request]);

  return request && framed && framed.runId === request.runId ? framed.layout : null;
}
