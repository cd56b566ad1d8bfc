// "Reading options" of a file's load report (any format): values to read as missing in every column, the list of
// everything the analyst declared (sentinels, day/month orders), and what the last re-read changed.
import { useId } from 'react';
import { useDatasetStore } from '../../state/datasetStore';
import { declareMissingValues } from '../../state/readingActions';
import { describeChoices } from '../../state/readingChoices';
import { useReadingStore } from '../../state/readingStore';
import { MissingValuesForm } from './MissingValuesForm';
import { RereadNotice } from './RereadNotice';
import { useReadingTarget } from './readingTarget';
import './readingOptions.css';

/** `fileName`: another table's file; the customer table when left out. */
export function ReadingOptions({ fileName: otherFile }: { fileName?: string }) {
  const { fileName, info, of } = useReadingTarget(otherFile);
  const headingId = useId();
  const busy = useDatasetStore((s) => s.status === 'loading');
  const choices = useReadingStore((s) => s.byFile[fileName]);
  const declared = choices ? describeChoices(choices) : [];
  // Parquet, JSON and Excel hold typed values: only text files have missing tokens such as NA.
  const delimited = info?.format === undefined || info.format === 'csv';
  // Shown while the reading it describes is the one loaded: a later load of the file makes it stale.
  const effect = useReadingStore((s) => (s.lastEffect && s.lastEffect.fileName === fileName && s.lastEffect.info === info ? s.lastEffect : null));
  return (
    <section className="reading-options" aria-labelledby={headingId}>
      <h3 id={headingId}>Reading options{of}</h3>
      <MissingValuesForm scope={`every column${of}`} values={choices?.missingValues} busy={busy} onApply={(text) => void declareMissingValues(fileName, text)} />
      <p className="muted">
        {of
          ? `Each change reads ${fileName} again; the customer table, its recipe and its segments are not touched.`
          : 'Each change reads the file again: the recipe’s steps and the quality decisions on rows stay; the segments stay only when no column the model uses changes.'}
      </p>
      {declared.length > 0 ? (
        <ul aria-label={`Declared reading choices${of}`}>
          {declared.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : (
        <p className="muted">{delimited
          ? 'Empty cells, NA, N/A, null, -, unknown and Excel errors are read as missing. Declare others (such as -1 or 999) here or in a column’s reading options.'
          : 'Empty cells and nulls are read as missing. Declare values that mean missing (such as -1, 999 or unknown) here or in a column’s reading options.'}</p>
      )}
      {effect ? (
        <RereadNotice effect={effect} testId={of ? `reread-effect-${fileName}` : 'reread-effect'}
          unchanged={of ? 'Read again: every column reads as before.' : 'Read again: no column’s missing count changed.'} />
      ) : null}
    </section>
  );
}
