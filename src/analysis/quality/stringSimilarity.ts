// String similarities in 0..1 for fuzzy duplicates, the same definitions as DuckDB's built-ins
// (jaro_winkler_similarity; 1 - levenshtein / longer length) but able to stop early below a threshold.

/** 1 - (edit distance / length of the longer string); 0 as soon as it must fall below `atLeast`. */
export function levenshteinSimilarity(a: string, b: string, atLeast = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Edits allowed before the similarity drops below atLeast; a band of that width is all the DP needs.
  const budget = Math.floor((1 - atLeast) * longer + 1e-9);
  if (Math.abs(a.length - b.length) > budget) return 0;
  const distance = boundedLevenshtein(a, b, budget);
  return distance > budget ? 0 : 1 - distance / longer;
}

// Scratch rows reused across calls: millions of comparisons must not allocate millions of arrays.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Edit distance when it is at most `limit`, otherwise any value above `limit`. */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  const big = limit + 1;
  if (rowA.length <= m) {
    rowA = new Int32Array(2 * (m + 1));
    rowB = new Int32Array(2 * (m + 1));
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : big;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[0] = i <= limit ? i : big;
    if (from > 1) current[from - 1] = big;
    let rowMin = current[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1);
      current[j] = value > big ? big : value;
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (to < m) current[to + 1] = big;
    if (rowMin > limit) return big;
    [previous, current] = [current, previous];
  }
  return previous[m];
}

/** Jaro-Winkler similarity (prefix scale 0.1, common prefix up to 4), as DuckDB's jaro_winkler_similarity on ASCII text. */
export function jaroWinklerSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (flagsA.length < a.length) flagsA = new Uint8Array(2 * a.length);
  if (flagsB.length < b.length) flagsB = new Uint8Array(2 * b.length);
  const matchedA = flagsA.fill(0, 0, a.length);
  const matchedB = flagsB.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] || code !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  // Half the transpositions rounded down, as DuckDB's (rapidfuzz's) jaro_winkler_similarity does.
  const jaro = (matches / a.length + matches / b.length + (matches - Math.floor(transpositions / 2)) / matches) / 3;
  // Winkler's boost for a common prefix only applies to strings already alike (Jaro above 0.7).
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
