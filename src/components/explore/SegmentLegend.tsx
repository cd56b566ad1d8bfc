// The map's legend: one entry per segment with its colour, name and size; clicking an entry hides or
// shows that segment's points (dimmed in the list while hidden). Noise, when present, has its own entry.
import { useMemo } from 'react';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { toggleSegmentVisibility, useMapStore } from '../../state/mapStore';
import { segmentColor } from './segmentPalette';

export function SegmentLegend() {
  const run = useRunStore((s) => s.run);
  const names = useSegmentStore((s) => s.names);
  const hidden = useMapStore((s) => s.hidden);
  const segments = run?.result.segmentCount ?? 0;
  const sizes = useMemo(() => {
    const counts = new Array<number>(segments + 1).fill(0);
    if (run) for (const label of run.result.labels) counts[label >= 0 ? label : segments]++;
    return counts;
  }, [run, segments]);
  return (
    <ul className="legend" aria-label="Segment colours">
      {sizes.map((size, i) => {
        if (i === segments && size === 0) return null;
        const name = i === segments ? 'Noise' : names[i] ?? `Segment ${i + 1}`;
        const isHidden = hidden.includes(i);
        return (
          <li key={i} style={{ opacity: isHidden ? 0.45 : 1 }}>
            <button type="button" className="legend-toggle" aria-pressed={!isHidden} aria-label={`Show ${name}`}
              onClick={() => toggleSegmentVisibility(i)}>
              <span className="swatch" style={{ background: segmentColor(i === segments ? -1 : i) }} />
            </button>
            <span>{name}</span>
            <span className="muted">{size.toLocaleString('en')}</span>
          </li>
        );
      })}
    </ul>
  );
}
