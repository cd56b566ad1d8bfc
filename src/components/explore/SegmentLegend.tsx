// The map's legend: one entry per segment with its colour, name and size.
// Names follow the analyst's edits in the segments table.
import { useMemo } from 'react';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { segmentColor } from './segmentPalette';

export function SegmentLegend() {
  const run = useRunStore((s) => s.run);
  const names = useSegmentStore((s) => s.names);
  const sizes = useMemo(() => {
    const counts = new Array<number>(run?.params.n_clusters ?? 0).fill(0);
    if (run) for (const label of run.result.labels) if (label >= 0) counts[label]++;
    return counts;
  }, [run]);
  return (
    <ul className="legend" aria-label="Segment colours">
      {sizes.map((size, i) => (
        <li key={i}>
          <span className="swatch" style={{ background: segmentColor(i) }} />
          <span>{names[i] ?? `Segment ${i + 1}`}</span>
          <span className="muted">{size.toLocaleString('en')}</span>
        </li>
      ))}
    </ul>
  );
}
