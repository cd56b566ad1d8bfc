// What the lasso holds: how many customers, and their mean features against everyone's.
// Means are of the raw values (original units), missing values skipped; small histograms compare shapes.
import { useDeferredValue, useMemo } from 'react';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { columnMeans } from '../../analysis/columnMeans';
import { sampleIndices, takeRows } from '../../analysis/sampleRows';
import { formatNumber } from '../data/formatNumber';
import { SelectionHistogram } from './SelectionHistogram';

const RANGE_SAMPLE = 50_000;

export function SelectionSummary() {
  const run = useRunStore((s) => s.run);
  // Deferred: at a million rows the means and histograms of a big selection are rendered in slices,
  // one histogram at a time, after the map has answered, rather than in one long task.
  const selection = useDeferredValue(useSegmentStore((s) => s.selection));
  const overall = useMemo(() => (run ? columnMeans(run.featureMatrix) : null), [run]);
  // The histograms' bin ranges come from this sample: percentiles of 50,000 rows are close enough for a sketch.
  const rangeSample = useMemo(() => {
    if (!run) return null;
    const X = run.featureMatrix;
    return X.rows > RANGE_SAMPLE ? takeRows(X, sampleIndices(X.rows, RANGE_SAMPLE, 0)) : X;
  }, [run]);
  const selected = useMemo(() => (run && selection && selection.length > 0 ? columnMeans(run.featureMatrix, selection) : null), [run, selection]);
  if (!run || !overall || !rangeSample) return null;
  if (!selected || !selection) {
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
