// Finds similar values by blocking, never by comparing all pairs: in three sorted orders (as written,
// reversed so that a slip near the start still sorts close, and with words sorted so that
// "dupont marie" meets "marie dupont") each value meets the next `window` values only.
import { jaroWinklerSimilarity, levenshteinSimilarity } from './stringSimilarity';

export type SimilarityMeasure = 'jaro_winkler' | 'levenshtein';

export interface SimilarPairs {
  /** [a, b] indices into the values, a < b, each pair once. */
  pairs: Array<[number, number]>;
  similarities: number[];
  /** Candidate pairs scored. */
  comparisons: number;
}

/** Words in alphabetical order: the order-free form of a name. */
export function wordsSorted(value: string): string {
  return value.split(' ').filter((w) => w !== '').sort().join(' ');
}

export function similarPairs(values: string[], measure: SimilarityMeasure, threshold: number, window: number): SimilarPairs {
  const n = values.length;
  const sortedWords = values.map(wordsSorted);
  const reversed = values.map((v) => [...v].reverse().join(''));
  const byKey = (keys: string[]) => Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : x - y));
  const similarity = measure === 'levenshtein'
    ? (a: string, b: string) => levenshteinSimilarity(a, b, threshold)
    : jaroWinklerSimilarity;
  // As written, or with words sorted when that differs: the better of the two.
  const score = (x: number, y: number): number => {
    const written = similarity(values[x], values[y]);
    if (written >= threshold || (sortedWords[x] === values[x] && sortedWords[y] === values[y])) return written;
    return Math.max(written, similarity(sortedWords[x], sortedWords[y]));
  };
  // Candidates from the three orders as keys a * n + b (exact in a double below 2^53), sorted to drop repeats.
  const keys = new Float64Array(3 * n * window);
  let count = 0;
  for (const order of [byKey(values), byKey(reversed), byKey(sortedWords)]) {
    for (let r = 0; r < n; r++) {
      for (let k = 1; k <= window && r + k < n; k++) {
        const x = order[r];
        const y = order[r + k];
        keys[count++] = x < y ? x * n + y : y * n + x;
      }
    }
  }
  const candidates = keys.subarray(0, count).sort();
  const out: SimilarPairs = { pairs: [], similarities: [], comparisons: 0 };
  for (let i = 0; i < candidates.length; i++) {
    if (i > 0 && candidates[i] === candidates[i - 1]) continue;
    const a = Math.floor(candidates[i] / n);
    const b = candidates[i] - a * n;
    out.comparisons++;
    const s = score(a, b);
    if (s >= threshold) {
      out.pairs.push([a, b]);
      out.similarities.push(s);
    }
  }
  return out;
}
