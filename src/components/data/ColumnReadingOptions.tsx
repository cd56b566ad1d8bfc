// One column's reading options (in its profile card, or in another table's column list): values to read as missing
// in this column and, for dates written dd/mm or mm/dd, the day/month order with the reason it was settled. Each change re-reads the file.
import type { DatasetColumn } from '../../db/ingestCsv';
import { useDatasetStore } from '../../state/datasetStore';
import { chooseDateOrder, declareMissingValues } from '../../state/readingActions';
import { useReadingStore } from '../../state/readingStore';
import { dateOrderNote, hasDayMonthOrder } from './dateOrderNote';
import { MissingValuesForm } from './MissingValuesForm';
import { useReadingTarget } from './readingTarget';

/** `fileName`: another table's file; the customer table when left out. */
export function ColumnReadingOptions({ column, fileName: otherFile }: { column: DatasetColumn; fileName?: string }) {
  const { fileName, of } = useReadingTarget(otherFile);
  const busy = useDatasetStore((s) => s.status === 'loading');
  const choices = useReadingStore((s) => s.byFile[fileName]);
  // Keyed by the table's column name (unique, trimmed); the db layer accepts either that or the header.
  const name = column.name;
  const sentinels = choices?.columnMissingValues?.[name];
  const order = choices?.dateOrders?.[name];
  const dated = hasDayMonthOrder(column, order);
  const note = dated ? dateOrderNote(column, order) : '';
  // Open where a choice was made or the data leaves the order to a guess, closed otherwise.
  const open = Boolean(sentinels?.length || order || /ambiguous|mixes/.test(column.typeNote ?? ''));
  return (
    <details className="column-reading" open={open}>
      <summary>Reading options</summary>
      <MissingValuesForm scope={`in ${name}${of}`} values={sentinels} busy={busy} onApply={(text) => void declareMissingValues(fileName, text, name)} />
      {dated ? (
        <div className="date-order">
          <label>
            Day/month order of {name}{of ? ` in ${fileName}` : ''}{' '}
            <select value={order ?? ''} disabled={busy}
              onChange={(e) => void chooseDateOrder(fileName, name, e.target.value === 'dmy' || e.target.value === 'mdy' ? e.target.value : undefined)}>
              <option value="">As settled from the data</option>
              <option value="dmy">Day first (dd/mm)</option>
              <option value="mdy">Month first (mm/dd)</option>
            </select>
          </label>
          {note ? <p className="muted" data-testid={of ? `date-order-note-${fileName}-${name}` : `date-order-note-${name}`}>{note}</p> : null}
        </div>
      ) : null}
    </details>
  );
}
