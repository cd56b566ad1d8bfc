// The rows that could not be read as rows of the table: how many, a table of them (file line, reason,
// raw text) and a download of all of them, so that they can be fixed rather than silently lost.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildRejectedRowsFile, fetchRejectedRows } from '../../state/csvLoadActions';
import { useFileStore } from '../../state/fileStore';
import { downloadBlob } from '../common/downloadBlob';
import { readingId, useReadingTarget } from './readingTarget';

const SHOWN = 200;

/** `fileName`: another table's file; the customer table when left out. */
export function RejectedRowsView({ fileName }: { fileName?: string }) {
  const { info, of } = useReadingTarget(fileName);
  const fileTable = useFileStore((s) => (fileName === undefined ? undefined : s.files.find((f) => f.info.fileName === fileName)?.table));
  const headingId = useId();
  const rejected = info?.rejectedCount ?? 0;
  const rows = useQuery({
    queryKey: ['rejected-rows', fileTable ?? '', info ? readingId(info) : 0],
    queryFn: () => fetchRejectedRows(SHOWN, fileTable),
    enabled: rejected > 0,
  });
  if (rejected === 0) return null;
  const download = async () => {
    const { fileName: name, blob } = await buildRejectedRowsFile(fileTable);
    downloadBlob(blob, name);
  };
  return (
    <section className="rejected-rows" aria-labelledby={headingId}>
      <h3 id={headingId}>{plural(rejected)} rejected{of}</h3>
      <p className="muted">
        {rejected === 1 ? 'This row' : 'These rows'} could not be split into the header&apos;s columns, so {rejected === 1 ? 'it is' : 'they are'} kept
        aside, not loaded. Fix {rejected === 1 ? 'it' : 'them'} in the file and load it again.
      </p>
      <button type="button" onClick={() => void download()}>Download rejected rows{of}</button>
      <table aria-label={`Rejected rows${of}`}>
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
