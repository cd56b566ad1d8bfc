// "Open file": a real <input type=file> behind a button, for CSV, TSV and TXT exports.
// The input is reset after each pick so the same file can be opened twice.
import { useRef } from 'react';
import { loadUserFile } from './readFile';
import { useDatasetStore } from '../../state/datasetStore';

export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  const busy = useDatasetStore((s) => s.status === 'loading');
  return (
    <>
      <button type="button" className="primary" onClick={() => input.current?.click()} disabled={busy}>
        Open file
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        aria-label="Choose a data file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void loadUserFile(file);
        }}
      />
    </>
  );
}
