// A numeric parameter under its scikit-learn name, with its plain-words help visible under the input
// (and given to assistive technology as the input's description). The label points at the input rather
// than wrapping it, so the accessible name is the label alone, without the current value.
import { useId, useState } from 'react';
import { parseNumberInput } from '../common/parseNumberInput';

interface ParamFieldProps {
  label: string;
  value: number;
  help: string;
  min?: number;
  max?: number;
  integer?: boolean;
  disabled?: boolean;
  onChange: (value: number) => void;
}

export function ParamField({ label, value, help, min, max, integer = true, disabled, onChange }: ParamFieldProps) {
  const [text, setText] = useState<string | null>(null);
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="param">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={text ?? String(value)}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        disabled={disabled}
        aria-describedby={helpId}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumberInput(e.target.value, { min, max, integer });
          if (parsed !== null) onChange(parsed);
        }}
        onBlur={() => setText(null)}
      />
      <small id={helpId} className="param-help">{help}</small>
    </div>
  );
}
