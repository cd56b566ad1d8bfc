// Tests fuzzy duplicates through DuckDB's Node build: planted near-duplicate names are found (recall)
// without grouping distinct people (precision), by blocking rather than all pairs; the similarities
// match DuckDB's own levenshtein and jaro_winkler_similarity; several columns compare together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from '../connectNode';
import type { Database } from '../database';
import { scoreGroups } from '../../analysis/quality/duplicateGroups';
import { jaroWinklerSimilarity, levenshteinSimilarity } from '../../analysis/quality/stringSimilarity';
import { DEFAULT_WINDOW, fuzzyDuplicates } from './fuzzyDuplicates';
import { makePlantedNames } from './plantedNames';
import { loadPlantedTable } from './qualityTestTable';

const planted = makePlantedNames(1500);
let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('fuzzyDuplicates on planted names', () => {
  it('finds the planted near-duplicates with few false groups, comparing a small share of all pairs', async () => {
    await loadPlantedTable(db, { header: ['full_name'], types: ['VARCHAR'], rows: planted.names.map((n) => [n]) });
    const found = await fuzzyDuplicates(db, ['full_name']);
    const score = scoreGroups(found.groups.map((g) => g.rows.map((r) => r.rowId)), planted.pairs);
    expect(score.truePairs).toBe(150);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.7);
    const n = found.distinctValues;
    expect(found.comparisons).toBeLessThanOrEqual(3 * DEFAULT_WINDOW * n);
    expect(found.comparisons).toBeLessThan((n * (n - 1)) / 2 / 10);
    for (const g of found.groups) {
      expect(g.rows.map((r) => r.rowId)).toEqual([...g.rows.map((r) => r.rowId)].sort((a, b) => a - b));
      for (const r of g.rows) expect(r.text).toBe(planted.names[r.rowId]);
    }
  });

  it('gives the similarities DuckDB computes with its built-in functions, on normalised values', async () => {
    // DuckDB's functions count UTF-8 bytes; the values compared are normalised to ASCII first, where bytes are letters.
    const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const pairs = Array.from({ length: 150 }, (_, k) => planted.pairs[k]).map(([a, b]) => [fold(planted.names[a]), fold(planted.names[b])]);
    const values = pairs.map(([a, b]) => `('${a.replaceAll("'", "''")}', '${b.replaceAll("'", "''")}')`).join(', ');
    const result = await db.query(
      `SELECT jaro_winkler_similarity(a, b) AS jw, 1 - levenshtein(a, b)::DOUBLE / greatest(length(a), length(b)) AS lev FROM (VALUES ${values}) t(a, b)`);
    const jw = result.getChild('jw')?.toArray() as Float64Array;
    const lev = result.getChild('lev')?.toArray() as Float64Array;
    pairs.forEach(([a, b], i) => {
      expect(jaroWinklerSimilarity(a, b)).toBeCloseTo(jw[i], 10);
      expect(levenshteinSimilarity(a, b, 0)).toBeCloseTo(lev[i], 10);
    });
  });
});

describe('fuzzyDuplicates on several columns', () => {
  it('groups rows whose name and e-mail are alike, and rows written alike up to case and accents', async () => {
    const rows = [
      ['Marie Dupont', 'marie.dupont@exemple.fr'],
      ['Jean Martin', 'jean.martin@exemple.fr'],
      ['Marie Dupond', 'marie.dupont@exemple.fr'],
      ['Hélène Roux', 'helene.roux@exemple.fr'],
      ['Jean Martin', 'j.martin@autre.fr'],
      ['HELENE ROUX', 'Helene.Roux@exemple.fr'],
      ['Paul Girard', null],
    ];
    await loadPlantedTable(db, { header: ['name', 'email'], types: ['VARCHAR', 'VARCHAR'], rows });
    const found = await fuzzyDuplicates(db, ['name', 'email'], { threshold: 0.85 });
    expect(found.groups.map((g) => g.rows.map((r) => r.rowId))).toEqual([[0, 2], [3, 5]]);
    expect(found.groups[0].rows[1].text).toBe('Marie Dupond · marie.dupont@exemple.fr');
    expect(found.groups[1].similarity).toBe(1);
    const byName = await fuzzyDuplicates(db, ['name']);
    expect(byName.groups.map((g) => g.rows.map((r) => r.rowId))).toEqual([[0, 2], [1, 4], [3, 5]]);
  });
});
