// Number formatting for the views: compact, locale-neutral, never "NaN" on screen.
// Large values get thousands separators; small ones keep a few significant digits.

// Number#toLocaleString with options builds a formatter per call (~20 µs): charts with hundreds of labels reuse these.
const formatters = new Map<number, Intl.NumberFormat>();
function significant(digits: number): Intl.NumberFormat {
  let formatter = formatters.get(digits);
  if (!formatter) formatters.set(digits, (formatter = new Intl.NumberFormat('en', { maximumSignificantDigits: digits })));
  return formatter;
}
const integers = new Intl.NumberFormat('en');

export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e9 || abs < 1e-3)) return value.toExponential(2);
  if (Number.isInteger(value)) return integers.format(value);
  return significant(Math.max(digits, Math.ceil(Math.log10(abs + 1)) + 1)).format(value);
}

export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)} %`;
}
