// The rows behind one quality finding, read from DuckDB on demand: row number and every column,
// the first rows only, with the total so that nothing looks complete when it is not.
import { useQuery } from '@tanstack/react-query';
import type { QualityFinding, RowSelector } from '../../analysis/quality/qualityFinding';
import { useDatasetStore } from '../../state/datasetStore';
import { fetchFindingRows } from '../../state/qualityActions';

export function FindingRowsTable({ finding, selector }: { finding: QualityFinding; selector: RowSelector }) {
  const version = useDatasetStore((s) => s.version);
  const { data, error, isPending } = useQuery({
    queryKey: ['quality-rows', version, finding.id],
    queryFn: () => fetchFindingRows(selector),
  });
  if (isPending) return <p className="muted">Reading the rows…</p>;
  if (error) return <p role="alert">The rows could not be read: {String(error)}. Reload the file and try again.</p>;
  if (!data) return null;
  return (
    <div className="finding-rows">
      <p className="muted">
        {data.rows.length < data.total
          ? `First ${data.rows.length.toLocaleString('en')} of ${data.total.toLocaleString('en')} rows`
          : `${data.total.toLocaleString('en')} row${data.total === 1 ? '' : 's'}`}
      </p>
      <table aria-label={`Rows: ${finding.text}`}>
        <thead>
          <tr>
            <th scope="col">row</th>
            {data.columns.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.rowId}>
              <th scope="row">{(r.rowId + 1).toLocaleString('en')}</th>
              {r.values.map((v, j) => <td key={data.columns[j]}>{v}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
