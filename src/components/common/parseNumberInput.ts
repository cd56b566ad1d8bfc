// What a number field's text means: the number when it is complete and allowed, null while it is being
// typed or out of range (the field keeps the text, the last valid value stays in force).
export interface NumberLimits {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function parseNumberInput(text: string, { min, max, integer = false }: NumberLimits): number | null {
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && (!integer || Number.isInteger(parsed))
    && (min === undefined || parsed >= min) && (max === undefined || parsed <= max);
  return valid ? parsed : null;
}
