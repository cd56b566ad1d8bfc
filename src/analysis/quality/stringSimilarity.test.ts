// Tests the early-stopping similarities against plain textbook definitions computed here in full
// (full Levenshtein table, Jaro-Winkler by its formula) on random and hand-picked strings.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { jaroWinklerSimilarity, levenshteinSimilarity } from './stringSimilarity';

function fullLevenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

const rng = createRandom(5);
const word = () => Array.from({ length: 3 + rng.int(12) }, () => 'abcde '[rng.int(6)]).join('');

describe('levenshteinSimilarity', () => {
  it('equals 1 - distance / longer length whenever that reaches the threshold, 0 otherwise', () => {
    for (let t = 0; t < 3000; t++) {
      const a = word();
      const b = rng.next() < 0.5 ? word() : a.slice(0, rng.int(a.length)) + word().slice(0, 2) + a.slice(rng.int(a.length));
      const threshold = [0, 0.5, 0.85][t % 3];
      const exact = 1 - fullLevenshtein(a, b) / Math.max(a.length, b.length);
      const got = levenshteinSimilarity(a, b, threshold);
      if (exact >= threshold - 1e-12) expect(got).toBeCloseTo(exact, 12);
      else expect(got).toBe(0);
    }
  });

  it('scores a single slip in a name above 0.85', () => {
    expect(levenshteinSimilarity('jean dupont', 'jean dupond', 0.85)).toBeCloseTo(1 - 1 / 11, 12);
    expect(levenshteinSimilarity('jean martin', 'jean martel', 0.85)).toBe(0);
    expect(levenshteinSimilarity('', '', 0.85)).toBe(1);
  });
});

describe('jaroWinklerSimilarity', () => {
  it('gives the textbook values', () => {
    // Winkler's examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813; one transposition
    // (pierre fabien / pierre fabin) counts as none, as in DuckDB's implementation.
    expect(jaroWinklerSimilarity('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinklerSimilarity('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinklerSimilarity('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinklerSimilarity('abc', 'xyz')).toBe(0);
    expect(jaroWinklerSimilarity('pierre fabien tessier', 'pierre fabin tessier')).toBeCloseTo(0.9604761904761904, 12);
    expect(jaroWinklerSimilarity('same', 'same')).toBe(1);
  });

  it('is symmetric and within 0..1', () => {
    for (let t = 0; t < 500; t++) {
      const a = word();
      const b = word();
      const s = jaroWinklerSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(jaroWinklerSimilarity(b, a)).toBeCloseTo(s, 12);
    }
  });
});
