// The hover card on the map: the customer's original row, its segment, fetched from DuckDB.
// Positioned next to the point; never intercepts the mouse.
import { useQuery } from '@tanstack/react-query';
import { fetchRowRecord } from '../../state/datasetQueries';
import { useRunStore } from '../../state/runStore';
import { useSegmentStore } from '../../state/segmentStore';
import { useDatasetStore } from '../../state/datasetStore';

const MAX_FIELDS = 12;

export function PointTooltip({ rowIndex, x, y }: { rowIndex: number; x: number; y: number }) {
  const version = useDatasetStore((s) => s.version);
  const label = useRunStore((s) => s.run?.result.labels[rowIndex] ?? -1);
  const name = useSegmentStore((s) => s.names[label]);
  const { data } = useQuery({ queryKey: ['row', version, rowIndex], queryFn: () => fetchRowRecord(rowIndex) });
  return (
    <div className="tooltip" role="tooltip" style={{ left: x + 12, top: y + 12 }}>
      <strong>Row {(rowIndex + 1).toLocaleString('en')} · {name ?? 'Unassigned'}</strong>
      <table>
        <tbody>
          {(data ?? []).slice(0, MAX_FIELDS).map(([column, value]) => (
            <tr key={column}><td>{column}</td><td>{value}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
