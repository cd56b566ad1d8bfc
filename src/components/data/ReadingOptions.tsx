// "Reading options" of the load report: values to read as missing in every column, the list of
// everything the analyst declared (sentinels, day/month orders), and what the last re-read changed.
import { useDatasetStore } from '../../state/datasetStore';
import { declareMissingValues } from '../../state/readingActions';
import { describeChoices } from '../../state/readingChoices';
import { useReadingStore } from '../../state/readingStore';
import { MissingValuesForm } from './MissingValuesForm';
import './readingOptions.css';

export function ReadingOptions() {
  const fileName = useDatasetStore((s) => s.info?.fileName ?? '');
  const busy = useDatasetStore((s) => s.status === 'loading');
  const choices = useReadingStore((s) => s.byFile[fileName]);
  const declared = choices ? describeChoices(choices) : [];
  const version = useDatasetStore((s) => s.version);
  const effect = useReadingStore((s) => (s.lastEffect?.version === version ? s.lastEffect : null));
  return (
    <section className="reading-options" aria-labelledby="reading-options-heading">
      <h3 id="reading-options-heading">Reading options</h3>
      <MissingValuesForm scope="every column" values={choices?.missingValues} busy={busy} onApply={(text) => void declareMissingValues(text)} />
      <p className="muted">Each change reads the file again: the recipe and the run start afresh; quality decisions on rows stay.</p>
      {declared.length > 0 ? (
        <ul aria-label="Declared reading choices">
          {declared.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : (
        <p className="muted">Empty cells, NA, N/A, null, -, unknown and Excel errors are read as missing. Declare others (such as -1 or 999) here or in a column&apos;s card.</p>
      )}
      {effect ? (
        <p role="status" data-testid="reread-effect">
          {effect.changes.length > 0 ? `Read again: ${effect.changes.join('; ')}.` : 'Read again: no column’s missing count changed.'}
        </p>
      ) : null}
    </section>
  );
}
