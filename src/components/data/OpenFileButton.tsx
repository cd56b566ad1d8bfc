// "Open file": a real <input type=file> behind a button, for CSV/TSV/TXT, Parquet, JSON, NDJSON and .xlsx; several at once.
// The input is reset after each pick so the same file can be opened twice.
import { useRef } from 'react';
import { loadUserFiles } from './readFile';
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
        accept=".csv,.tsv,.txt,.parquet,.json,.ndjson,.jsonl,.xlsx"
        multiple
        aria-label="Choose a data file"
        hidden
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void loadUserFiles(files);
        }}
      />
    </>
  );
}
