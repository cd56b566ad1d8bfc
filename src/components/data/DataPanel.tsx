// Step 1, "Data": the dataset's shape in words, a profile card per column, and a preview of every row.
// All figures come from DuckDB through the dataset store.
import { useDatasetStore } from '../../state/datasetStore';
import { RevealInTurn } from '../common/RevealInTurn';
import { ColumnProfileCard } from './ColumnProfileCard';
import { CsvLoadReport } from './CsvLoadReport';
import { DataPreviewTable } from './DataPreviewTable';
import { LoadedFilesList } from './LoadedFilesList';
import { OtherTablesReading } from './OtherTablesReading';

export function DataPanel() {
  const info = useDatasetStore((s) => s.info);
  const profiles = useDatasetStore((s) => s.profiles);
  if (!info) return null;
  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading"><span className="step">1</span> Data <span className="muted">{info.fileName}</span></h2>
      <LoadedFilesList />
      <p className="summary-line" data-testid="dataset-summary">
        {info.rowCount.toLocaleString('en')} rows · {info.columns.length} columns
        {info.rejectedCount ? ` · ${info.rejectedCount.toLocaleString('en')} ${info.rejectedCount === 1 ? 'row' : 'rows'} rejected` : ''}
      </p>
      {/* Every format: declared missing values; the encoding and rejected rows show only where a text read has them. */}
      <CsvLoadReport />
      <div className="profiles">
        {/* One card per frame: a wide table's cards (histograms, reading options) in one task would block the page. */}
        <RevealInTurn>{profiles.map((p) => <ColumnProfileCard key={p.name} profile={p} />)}</RevealInTurn>
      </div>
      <DataPreviewTable />
      <OtherTablesReading />
    </section>
  );
}
