// The rows that could not be read as rows of the table: how many, a table of them (file line, reason,
// raw text) and a download of all of them, so that they can be fixed rather than silently lost.
import { useQuery } from '@tanstack/react-query';
import { useDatasetStore } from '../../state/datasetStore';
import { buildRejectedRowsFile, fetchRejectedRows } from '../../state/csvLoadActions';
import { downloadBlob } from '../common/downloadBlob';

const SHOWN = 200;

export function RejectedRowsView() {
  const rejected = useDatasetStore((s) => s.info?.rejectedCount ?? 0);
  const version = useDatasetStore((s) => s.version);
  const rows = useQuery({ queryKey: ['rejected-rows', version], queryFn: () => fetchRejectedRows(SHOWN), enabled: rejected > 0 });
  if (rejected === 0) return null;
  const download = async () => {
    const { fileName, blob } = await buildRejectedRowsFile();
    downloadBlob(blob, fileName);
  };
  return (
    <section className="rejected-rows" aria-labelledby="rejected-heading">
      <h3 id="rejected-heading">{plural(rejected)} rejected</h3>
      <p className="muted">
        {rejected === 1 ? 'This row' : 'These rows'} could not be split into the header&apos;s columns, so {rejected === 1 ? 'it is' : 'they are'} kept
        aside, not loaded. Fix {rejected === 1 ? 'it' : 'them'} in the file and load it again.
      </p>
      <button type="button" onClick={() => void download()}>Download rejected rows</button>
      <table aria-label="Rejected rows">
        <thead>
          <tr><th scope="col">Line</th><th scope="col">Reason</th><th scope="col">Raw text</th></tr>
        </thead>
        <tbody>
          {(rows.data ?? []).map((row) => (
            <tr key={row.line}>
              <td>{row.line.toLocaleString('en')}</td>
              <td>{row.reason}</td>
              <td><code>{row.raw.length > 300 ? `${row.raw.slice(0, 300)}…` : row.raw}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {rejected > SHOWN ? <p className="muted">The first {SHOWN} are shown; the download has all {rejected.toLocaleString('en')}.</p> : null}
    </section>
  );
}

const plural = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'}`;
