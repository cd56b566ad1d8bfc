// A labelled numeric input that only commits valid numbers within its bounds.
// Invalid text stays visible while typing but never reaches the run parameters.
import { useState } from 'react';
import { parseNumberInput } from './parseNumberInput';

interface NumberFieldProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number | 'any';
  integer?: boolean;
  help?: string;
  onChange: (value: number) => void;
}

export function NumberField({ label, value, min, max, step = 1, integer = true, help, onChange }: NumberFieldProps) {
  const [text, setText] = useState<string | null>(null);
  return (
    <label title={help}>
      {label}
      <input
        type="number"
        value={text ?? String(value)}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumberInput(e.target.value, { min, max, integer });
          if (parsed !== null) onChange(parsed);
        }}
        onBlur={() => setText(null)}
      />
    </label>
  );
}
