// Step 5, "Segments": size, share and mean of every feature per segment, coloured by z-score.
// Names are edited in place; a map selection filters the table, a row can select its segment on the map, and
// the row under the pointer (or holding the focus) highlights its segment there, the selection left as it is.
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { scaleDiverging, interpolateRdBu } from 'd3';
import { useRunStore } from '../../state/runStore';
import { renameSegment, selectSegment, setSelection, useSegmentStore } from '../../state/segmentStore';
import { setHighlightedSegment } from '../../state/mapStore';
import { selectionBySegment } from '../../analysis/selectionBySegment';
import { fetchSegmentProfiles } from '../../state/datasetQueries';
import { segmentColor } from '../explore/segmentPalette';
import { formatNumber, formatPercent } from '../data/formatNumber';

// Blue above average, red below; beyond 2 standard deviations the colour stops deepening, and the
// palette's darkest ends are left out so the figures stay readable.
const zColor = scaleDiverging((t: number) => interpolateRdBu(0.15 + 0.7 * t)).domain([-2, 0, 2]).clamp(true);

export function SegmentsPanel() {
  const run = useRunStore((s) => s.run);
  const names = useSegmentStore((s) => s.names);
  // Deferred, so that counting a big map selection by segment never holds up the map itself.
  const selection = useDeferredValue(useSegmentStore((s) => s.selection));
  const selected = useMemo(() => (run && selection ? selectionBySegment(run.result.labels, selection) : null), [run, selection]);
  const { data: profiles, error } = useQuery({
    queryKey: ['segmentProfiles', run?.id, run?.features],
    queryFn: () => fetchSegmentProfiles(run?.features ?? []),
    enabled: run !== null,
  });
  useEffect(() => () => setHighlightedSegment(null), []);
  if (!run) return null;
  return (
    <section className="panel" aria-labelledby="segments-heading">
      <h2 id="segments-heading"><span className="step">5</span> Segments</h2>
      {error ? <p className="alert" role="alert">Segment profiles could not be computed: {String(error)}</p> : null}
      {selected && selection ? (
        <p className="row" data-testid="segments-filter">
          <span>Filtered by the map selection: {selection.length.toLocaleString('en')} customers in {selected.size} segment{selected.size === 1 ? '' : 's'}.</span>
          <button type="button" onClick={() => setSelection(null, 'elsewhere')}>Clear selection</button>
        </p>
      ) : null}
      <div className="segments-scroll">
        <table className="segments-table" aria-label="Segments">
          <thead>
            <tr>
              <th>segment</th><th>customers</th><th>share</th>{selected ? <th>in selection</th> : null}<th>map</th>
              {run.features.map((f) => <th key={f}>{f}</th>)}
            </tr>
          </thead>
          <tbody>
            {(profiles ?? []).map((p) => {
              // Noise (no segment id) is a group of its own, shown under its fixed name, last.
              const index = (p.segmentId ?? 0) - 1;
              const inSelection = selected?.get(index) ?? 0;
              const label = p.segmentId === null ? p.name : names[index] ?? `Segment ${index + 1}`;
              // The map counts the noise group as the segment after the last one.
              const mapSegment = p.segmentId === null ? run.result.segmentCount : index;
              return (
                <tr key={index} style={{ opacity: selected && inSelection === 0 ? 0.4 : 1 }}
                  onMouseEnter={() => setHighlightedSegment(mapSegment)} onMouseLeave={() => setHighlightedSegment(null)}
                  onFocus={() => setHighlightedSegment(mapSegment)} onBlur={() => setHighlightedSegment(null)}>
                  <td>
                    <span className="swatch" style={{ background: segmentColor(index), marginRight: 8 }} />
                    {p.segmentId === null ? <span>{p.name}</span> : (
                      <input type="text" aria-label={`Name of segment ${index + 1}`} value={names[index] ?? ''}
                        onChange={(e) => renameSegment(index, e.target.value)} />
                    )}
                  </td>
                  <td>{p.size.toLocaleString('en')}</td>
                  <td>{formatPercent(p.share)}</td>
                  {selected ? <td>{inSelection.toLocaleString('en')} ({formatPercent(p.size > 0 ? inSelection / p.size : 0)})</td> : null}
                  <td>
                    <button type="button" aria-label={`Select ${label} on the map`} onClick={() => selectSegment(run.result.labels, index)}>Select</button>
                  </td>
                  {p.means.map((m, j) => (
                    <td key={j} style={{ background: zColor(p.zScores[j] ?? 0) }} title={`z = ${formatNumber(p.zScores[j])}`}>{formatNumber(m)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="zlegend">Cell colour: the segment's mean against the whole population, in standard deviations (blue above, red below).</p>
    </section>
  );
}
