// Turns a file's header into column names the table can use: surrounding spaces trimmed, blank names
// named after their position, duplicates numbered, and `row_id` (the app's own key) moved aside.

export function uniqueColumnNames(header: string[]): string[] {
  const taken = new Set<string>();
  const base = header.map((name, i) => {
    const trimmed = name.trim();
    return trimmed === '' ? `column_${i + 1}` : trimmed.toLowerCase() === 'row_id' ? 'source_row_id' : trimmed;
  });
  // Names as written claim their spelling first, so that "a, a" becomes "a, a_2" and a later "a_2" still fits.
  const reserved = new Set(base.map((n) => n.toLowerCase()));
  return base.map((name) => {
    let candidate = name;
    for (let k = 2; taken.has(candidate.toLowerCase()) || (candidate !== name && reserved.has(candidate.toLowerCase())); k++) candidate = `${name}_${k}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
