// The first rows of another loaded table (not the customer table), as DuckDB holds them after its reading:
// what the analyst checks after changing how that file is read. A re-read fetches them again.
import { useQuery } from '@tanstack/react-query';
import type { DatasetInfo } from '../../db/ingestCsv';
import { fetchFilePreview } from '../../state/datasetQueries';
import { readingId } from './readingTarget';

const PREVIEW_ROWS = 8;
export function FilePreviewTable({ table, info }: { table: string; info: DatasetInfo }) {
  const rows = useQuery({
    queryKey: ['file-preview', table, readingId(info)],
    queryFn: () => fetchFilePreview(table, info, PREVIEW_ROWS),
    retry: false,
  });
  return (
    <div className="file-preview">
      <table className="segments-table" aria-label={`Preview of ${info.fileName}`}>
        <thead>
          <tr>{info.columns.map((c) => <th key={c.name} scope="col">{c.name}</th>)}</tr>
        </thead>
        <tbody>
          {(rows.data ?? []).map((values, i) => (
            <tr key={i}>{values.map((value, j) => <td key={info.columns[j]?.name ?? j}>{value}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {rows.isError ? <p className="alert" role="alert">The preview of {info.fileName} could not be read: {rows.error instanceof Error ? rows.error.message : String(rows.error)}. Reload the page to read the file again.</p> : null}
      {info.rowCount > PREVIEW_ROWS ? <p className="muted">First {PREVIEW_ROWS} of {info.rowCount.toLocaleString('en')} rows.</p> : null}
    </div>
  );
}
