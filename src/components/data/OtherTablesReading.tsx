// The other tables beside the customer table (orders, events...): each with its shape in words, how it
// was read (encoding, declared missing values, each column's reading and day/month order) and its first rows.
import { useFileStore, type LoadedFile } from '../../state/fileStore';
import { useReadingStore } from '../../state/readingStore';
import { missingValuesOf } from '../../state/readingChoices';
import { ColumnReadingOptions } from './ColumnReadingOptions';
import { CsvLoadReport } from './CsvLoadReport';
import { FilePreviewTable } from './FilePreviewTable';
import { columnReading } from './columnReading';

export function OtherTablesReading() {
  const files = useFileStore((s) => s.files);
  const customerTable = useFileStore((s) => s.customerTable);
  const others = files.filter((f) => f.table !== customerTable);
  if (others.length === 0) return null;
  return (
    <div className="other-tables">
      {others.map((file) => <OtherTableReading key={file.table} file={file} />)}
    </div>
  );
}

function OtherTableReading({ file: { table, info } }: { file: LoadedFile }) {
  const choices = useReadingStore((s) => s.byFile[info.fileName]);
  const headingId = `reading-${table}`;
  return (
    <section className="other-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{info.fileName} <span className="muted">another table</span></h3>
      <p className="summary-line" data-testid={`summary-${info.fileName}`}>
        {info.rowCount.toLocaleString('en')} rows · {info.columns.length} columns
        {info.rejectedCount ? ` · ${info.rejectedCount.toLocaleString('en')} ${info.rejectedCount === 1 ? 'row' : 'rows'} rejected` : ''}
      </p>
      <CsvLoadReport fileName={info.fileName} />
      <ul className="other-table-columns" aria-label={`Columns of ${info.fileName}`}>
        {info.columns.map((column) => {
          const reading = columnReading(column, choices ? missingValuesOf(choices, column.name) : [], info.format === 'csv');
          return (
            <li key={column.name} aria-label={`Column ${column.name} of ${info.fileName}`}>
              <strong>{column.name}</strong> <span className="muted">{column.sqlType}{reading ? ` · ${reading}` : ''}</span>
              <ColumnReadingOptions column={column} fileName={info.fileName} />
            </li>
          );
        })}
      </ul>
      <FilePreviewTable table={table} info={info} />
    </section>
  );
}
