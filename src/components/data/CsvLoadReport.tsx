// How a delimited file was read, where it matters to the analyst: the encoding (with a way to change
// it), the declared reading options, warnings about the split, and the rejected rows.
import { EncodingSelect } from './EncodingSelect';
import { ReadingOptions } from './ReadingOptions';
import { RejectedRowsView } from './RejectedRowsView';
import { useReadingTarget } from './readingTarget';

const NO_WARNINGS: string[] = [];

/** `fileName`: another table's file; the customer table when left out. */
export function CsvLoadReport({ fileName }: { fileName?: string }) {
  // Select the stored array itself: a fresh [] per call would re-render forever under zustand.
  const warnings = useReadingTarget(fileName).info?.warnings ?? NO_WARNINGS;
  return (
    <div className="csv-load-report">
      <EncodingSelect fileName={fileName} />
      <ReadingOptions fileName={fileName} />
      {warnings.map((warning) => <p key={warning} className="warning" role="note">{warning}</p>)}
      <RejectedRowsView fileName={fileName} />
    </div>
  );
}
