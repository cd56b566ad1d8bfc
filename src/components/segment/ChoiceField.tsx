// A parameter with a fixed set of values (a select), with its help visible under it; an option can
// be disabled with the reason shown in its text. The label points at the select rather than wrapping it,
// so the accessible name is the label alone, without the selected option's text.
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  text: string;
  /** Why this option cannot be chosen now, or undefined when it can. */
  disabledReason?: string;
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  help: string;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}

export function ChoiceField<T extends string>({ label, value, help, choices, onChange }: ChoiceFieldProps<T>) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="param">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={helpId}
        onChange={(e) => {
          const picked = choices.find((c) => c.value === e.target.value);
          if (picked && !picked.disabledReason) onChange(picked.value);
        }}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} disabled={c.disabledReason !== undefined}>
            {c.disabledReason ? `${c.text} (${c.disabledReason})` : c.text}
          </option>
        ))}
      </select>
      <small id={helpId} className="param-help">{help}</small>
    </div>
  );
}
