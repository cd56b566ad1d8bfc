// What the lasso holds: how many customers, and their mean features against everyone's.
// Means are of the raw values (original units), missing values skipped; small histograms compare shapes.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { columnMeans } from '../../analysis/columnMeans';
import { sampleIndices, takeRows } from '../../analysis/sampleRows';
import { formatNumber } from '../data/formatNumber';
import type { Matrix } from '../../analysis/matrix';
import { SelectionHistogram } from './SelectionHistogram';

const RANGE_SAMPLE = 50_000;

export function SelectionSummary() {
  const run = useRunStore((s) => s.run);
  // Deferred: at a million rows the means and histograms of a big selection are rendered in slices,
  // one histogram at a time, after the map has answered, rather than in one long task.
  const selection = useDeferredValue(useSegmentStore((s) => s.selection));
  const baseline = useEveryonesBaseline(run?.featureMatrix ?? null);
  const overall = baseline?.overall ?? null;
  const rangeSample = baseline?.rangeSample ?? null;
  const selected = useMemo(() => (run && selection && selection.length > 0 ? columnMeans(run.featureMatrix, selection) : null), [run, selection]);
  if (!run) return null;
  if (!selected || !selection || !overall || !rangeSample) {
    return <p className="muted" data-testid="selection-summary">Choose “Lasso” or “Box” and draw around customers to see who they are.</p>;
  }
  return (
    <div className="selection" data-testid="selection-summary">
      <p><strong>{selection.length.toLocaleString('en')} customers selected</strong></p>
      <table aria-label="Mean features of the selection">
        <thead><tr><th>feature</th><th>selection</th><th>everyone</th><th>distribution</th></tr></thead>
        <tbody>
          {run.features.map((f, j) => (
            <tr key={f}>
              <td>{f}</td><td>{formatNumber(selected[j])}</td><td>{formatNumber(overall[j])}</td>
              <td><SelectionHistogram features={run.featureMatrix} rangeSample={rangeSample} column={j} selection={selection} label={f} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Everyone's means and the sample the histograms take their bin ranges from (percentiles of 50,000 rows are
 * close enough for a sketch). At a million rows each is a pass over the whole table: they are computed after
 * the run's panels have mounted, each in a task of its own, rather than inside the render that mounts them.
 */
function useEveryonesBaseline(X: Matrix | null): { X: Matrix; overall: Float64Array; rangeSample: Matrix } | null {
  const [baseline, setBaseline] = useState<{ X: Matrix; overall: Float64Array; rangeSample: Matrix } | null>(null);
  useEffect(() => {
    if (!X) return;
    let later = window.setTimeout(() => {
      const overall = columnMeans(X);
      later = window.setTimeout(() => {
        const rangeSample = X.rows > RANGE_SAMPLE ? takeRows(X, sampleIndices(X.rows, RANGE_SAMPLE, 0)) : X;
        setBaseline({ X, overall, rangeSample });
      }, 0);
    }, 0);
    return () => window.clearTimeout(later);
  }, [X]);
  return baseline && baseline.X === X ? baseline : null;
}
