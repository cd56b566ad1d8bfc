// A compact labelled number input for a recipe step (weight, percentiles, bounds, levels kept):
// only valid numbers within bounds reach the recipe; invalid text stays visible until corrected.
import { useState } from 'react';
import { parseNumberInput } from '../common/parseNumberInput';

interface RecipeNumberProps {
  label: string;
  /** The accessible name, e.g. "Weight for age". */
  name: string;
  value: number;
  min?: number;
  max?: number;
  integer?: boolean;
  onChange: (value: number) => void;
}

export function RecipeNumber({ label, name, value, min, max, integer = false, onChange }: RecipeNumberProps) {
  const [text, setText] = useState<string | null>(null);
  return (
    <label>{label}
      <input type="number" aria-label={name} value={text ?? String(value)} min={min} max={max} step={integer ? 1 : 'any'}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumberInput(e.target.value, { min, max, integer });
          if (parsed !== null) onChange(parsed);
        }}
        onBlur={() => setText(null)} />
    </label>
  );
}
