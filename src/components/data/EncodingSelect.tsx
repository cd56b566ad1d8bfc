// The encoding the file was read with, why, and a select to read it again with another one
// (a guess can be wrong: a short file with few accents reads alike in several encodings), or the guess again.
import { useDatasetStore } from '../../state/datasetStore';
import { ENCODING_LABELS, reloadWithDetectedEncoding, reloadWithEncoding, type TextEncodingName } from '../../state/csvLoadActions';
import { useReadingStore } from '../../state/readingStore';

const CHOICES = Object.keys(ENCODING_LABELS) as TextEncodingName[];

export function EncodingSelect() {
  const encoding = useDatasetStore((s) => s.info?.encoding);
  const busy = useDatasetStore((s) => s.status === 'loading');
  const fileName = useDatasetStore((s) => s.info?.fileName ?? '');
  const chosen = useReadingStore((s) => s.byFile[fileName]?.encoding !== undefined);
  if (!encoding) return null;
  return (
    <div className="row encoding-choice">
      <label>
        Encoding{' '}
        <select value={encoding.name} disabled={busy} onChange={(e) => void reloadWithEncoding(e.target.value as TextEncodingName)}>
          {CHOICES.map((name) => <option key={name} value={name}>{ENCODING_LABELS[name]}</option>)}
        </select>
      </label>
      <span className="muted" data-testid="encoding-reason">{encoding.reason}</span>
      {chosen ? <button type="button" disabled={busy} onClick={() => void reloadWithDetectedEncoding()}>Detect the encoding again</button> : null}
    </div>
  );
}
