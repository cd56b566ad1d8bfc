// Step 6, "Export": the labelled CSV with every original row and column plus segment id and name.
// UTF-8 with a BOM so that Excel opens accents right; formulas in text cells are neutralised.
import { useState } from 'react';
import { buildSegmentsCsv } from '../../state/exportSegments';
import { downloadBlob } from '../common/downloadBlob';

export function ExportPanel() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const exportCsv = async () => {
    setBusy(true);
    setMessage('');
    try {
      const { fileName, blob } = await buildSegmentsCsv();
      downloadBlob(blob, fileName);
      setMessage(`Saved ${fileName}.`);
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading"><span className="step">6</span> Export</h2>
      <div className="row">
        <button type="button" className="primary" onClick={() => void exportCsv()} disabled={busy}>Export CSV</button>
        <span className="muted">Every original row and column, in the original order, plus segment_id and segment_name.</span>
      </div>
      {message ? <p className="status-line" role="status">{message}</p> : null}
    </section>
  );
}
