// The encoding a delimited file was read with, why, and a select to read it again with another one
// (a guess can be wrong: a short file with few accents reads alike in several encodings), or the guess again.
import { useDatasetStore } from '../../state/datasetStore';
import { ENCODING_LABELS, type TextEncodingName } from '../../state/csvLoadActions';
import { readWithDetectedEncoding, readWithEncoding } from '../../state/readingActions';
import { useReadingStore } from '../../state/readingStore';
import { useReadingTarget } from './readingTarget';

const CHOICES = Object.keys(ENCODING_LABELS) as TextEncodingName[];

/** `fileName`: another table's file; the customer table when left out. */
export function EncodingSelect({ fileName: otherFile }: { fileName?: string }) {
  const { fileName, info, of } = useReadingTarget(otherFile);
  const encoding = info?.encoding;
  const busy = useDatasetStore((s) => s.status === 'loading');
  const chosen = useReadingStore((s) => s.byFile[fileName]?.encoding !== undefined);
  if (!encoding) return null;
  return (
    <div className="row encoding-choice">
      <label>
        Encoding{of}{' '}
        <select value={encoding.name} disabled={busy} onChange={(e) => void readWithEncoding(fileName, e.target.value as TextEncodingName)}>
          {CHOICES.map((name) => <option key={name} value={name}>{ENCODING_LABELS[name]}</option>)}
        </select>
      </label>
      <span className="muted" data-testid={of ? `encoding-reason-${fileName}` : 'encoding-reason'}>{encoding.reason}</span>
      {chosen ? (
        <button type="button" disabled={busy} onClick={() => void readWithDetectedEncoding(fileName)}>
          {of ? `Detect the encoding${of} again` : 'Detect the encoding again'}
        </button>
      ) : null}
    </div>
  );
}
