// How a delimited file was read, where it matters to the analyst: the encoding (with a way to change
// it), warnings about the split, and the rejected rows. Shown above the column profiles.
import { useDatasetStore } from '../../state/datasetStore';
import { EncodingSelect } from './EncodingSelect';
import { RejectedRowsView } from './RejectedRowsView';

export function CsvLoadReport() {
  const warnings = useDatasetStore((s) => s.info?.warnings ?? []);
  return (
    <div className="csv-load-report">
      <EncodingSelect />
      {warnings.map((warning) => <p key={warning} className="warning" role="note">{warning}</p>)}
      <RejectedRowsView />
    </div>
  );
}
