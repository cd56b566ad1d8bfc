// The files loaded in this session (name, format, rows, columns), the "Customer table" choice, an Excel
// sheet picker where a workbook has several sheets, and a "Remove" button per file.
import { FORMAT_LABELS } from '../../db/dataFormat';
import { useDatasetStore } from '../../state/datasetStore';
import { chooseCustomerTable, chooseSheet, removeDataFile } from '../../state/fileActions';
import { useFileStore } from '../../state/fileStore';

export function LoadedFilesList() {
  const files = useFileStore((s) => s.files);
  const customerTable = useFileStore((s) => s.customerTable);
  const busy = useDatasetStore((s) => s.status === 'loading');
  if (files.length === 0) return null;
  return (
    <div className="loaded-files">
      {files.length > 1 ? (
        <label className="customer-table">
          Customer table{' '}
          <select value={customerTable ?? ''} disabled={busy} onChange={(e) => void chooseCustomerTable(e.target.value)}>
            {files.map((f) => <option key={f.table} value={f.table}>{f.info.fileName}</option>)}
          </select>
        </label>
      ) : null}
      <table className="segments-table" aria-label="Loaded files">
        <thead>
          <tr><th>File</th><th>Format</th><th>Rows</th><th>Columns</th><th><span className="muted">Actions</span></th></tr>
        </thead>
        <tbody>
          {files.map(({ table, info }) => (
            <tr key={table} aria-current={table === customerTable ? 'true' : undefined}>
              <td>
                {info.fileName}
                {table === customerTable && files.length > 1 ? <span className="muted"> (customers)</span> : null}
                {info.sheets && info.sheets.length > 1 ? (
                  <>
                    {' '}
                    <select aria-label={`Sheet of ${info.fileName}`} value={info.sheet} disabled={busy} onChange={(e) => void chooseSheet(table, e.target.value)}>
                      {info.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
                    </select>
                  </>
                ) : null}
              </td>
              <td>{FORMAT_LABELS[info.format]}</td>
              <td>{info.rowCount.toLocaleString('en')}</td>
              <td>{info.columns.length.toLocaleString('en')}</td>
              <td>
                <button type="button" aria-label={`Remove ${info.fileName}`} disabled={busy} onClick={() => void removeDataFile(table)}>Remove</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
