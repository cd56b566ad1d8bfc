// A text field for the values to read as missing ("-1, 999") with its Apply button: the file is read
// again with them. Used for the whole file (load report) and for one column (its profile card).
import { useState, type FormEvent } from 'react';
import { formatMissingValues } from '../../state/readingChoices';

interface Props {
  /** What the values apply to, in the controls' names: "every column" or "in age". */
  scope: string;
  values: readonly string[] | undefined;
  busy: boolean;
  onApply: (text: string) => void;
}

export function MissingValuesForm({ scope, values, busy, onApply }: Props) {
  const declared = formatMissingValues(values);
  const [text, setText] = useState(declared);
  // A re-read (or a reload) brings new declared values: the field follows them.
  const [shown, setShown] = useState(declared);
  if (shown !== declared) {
    setShown(declared);
    setText(declared);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(text);
  };
  return (
    <form className="missing-values-form" onSubmit={submit}>
      <label>
        Missing values ({scope}){' '}
        <input type="text" value={text} placeholder="-1, 999" disabled={busy} onChange={(e) => setText(e.target.value)}
          title="Values to read as missing, separated by commas; empty to declare none" />
      </label>
      <button type="submit" disabled={busy || text.trim() === declared} aria-label={`Apply missing values (${scope})`}>Apply</button>
    </form>
  );
}
