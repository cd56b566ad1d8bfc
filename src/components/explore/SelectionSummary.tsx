// What the lasso holds: how many customers, and their mean features against everyone's.
// Means are of the raw values (original units), missing values skipped; small histograms compare shapes.
import { useMemo } from 'react';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { columnMeans } from '../../analysis/columnMeans';
import { formatNumber } from '../data/formatNumber';
import { SelectionHistogram } from './SelectionHistogram';

export function SelectionSummary() {
  const run = useRunStore((s) => s.run);
  const selection = useSegmentStore((s) => s.selection);
  const overall = useMemo(() => (run ? columnMeans(run.featureMatrix) : null), [run]);
  const selected = useMemo(() => (run && selection && selection.length > 0 ? columnMeans(run.featureMatrix, selection) : null), [run, selection]);
  if (!run || !overall) return null;
  if (!selected || !selection) {
    return <p className="muted" data-testid="selection-summary">Choose “Lasso” and draw around customers to see who they are.</p>;
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
              <td><SelectionHistogram features={run.featureMatrix} column={j} selection={selection} label={f} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
