// How a delimited file was read, where it matters to the analyst: the encoding (with a way to change
// it), the declared reading options, warnings about the split, and the rejected rows. Above the profiles.
import { useDatasetStore } from '../../state/datasetStore';
import { EncodingSelect } from './EncodingSelect';
import { ReadingOptions } from './ReadingOptions';
import { RejectedRowsView } from './RejectedRowsView';

const NO_WARNINGS: string[] = [];

export function CsvLoadReport() {
  // Select the stored array itself: a fresh [] per call would re-render forever under zustand.
  const warnings = useDatasetStore((s) => s.info?.warnings) ?? NO_WARNINGS;
  return (
    <div className="csv-load-report">
      <EncodingSelect />
      <ReadingOptions />
      {warnings.map((warning) => <p key={warning} className="warning" role="note">{warning}</p>)}
      <RejectedRowsView />
    </div>
  );
}
