// Stored quality decisions go back only onto the table they were made on, and only where they still fit.
import { describe, expect, it } from 'vitest';
import { fitStoredQuality, type StoredQuality } from './storedQualityFit';

const group = (...rowIds: number[]) => ({ rows: rowIds.map((rowId) => ({ rowId, text: `row ${rowId}` })), similarity: 0.9 });
const stored: StoredQuality = {
  fileName: 'contacts.csv',
  rowCount: 10,
  fuzzyColumns: ['nom', 'email', 'gone'],
  fuzzyThreshold: 0.9,
  fuzzyMeasure: 'jaro_winkler',
  fuzzy: { groups: [group(0, 2), group(4, 6, 9)], comparisons: 12, distinctValues: 8 },
  decisions: { 0: 'keep first', 1: 'keep all' },
  exactCopiesLeftOut: true,
  excluded: [{ rowId: 2, reason: 'fuzzy duplicate of row 1 on nom, email' }, { rowId: 7, reason: 'exact copy of row 4' }],
};
const table = { fileName: 'contacts.csv', rowCount: 10, columns: [{ name: 'nom' }, { name: 'email' }, { name: 'ville' }] };

describe('fitStoredQuality', () => {
  it('gives back every decision on the table it was made on, minus columns that are gone', () => {
    const fitted = fitStoredQuality(stored, table);
    expect(fitted?.decisions).toEqual(stored.decisions);
    expect(fitted?.excluded).toEqual(stored.excluded);
    expect(fitted?.fuzzyColumns).toEqual(['nom', 'email']);
    expect(fitted?.fuzzy).toBe(stored.fuzzy);
    expect(fitted?.exactCopiesLeftOut).toBe(true);
  });

  it('applies nothing to another file, or to the same name with another row count', () => {
    expect(fitStoredQuality(stored, { ...table, fileName: 'other.csv' })).toBeNull();
    expect(fitStoredQuality(stored, { ...table, rowCount: 11 })).toBeNull();
  });

  it('drops rows out of range and decisions on groups that do not exist or are not decisions', () => {
    const odd = JSON.parse(JSON.stringify({
      ...stored,
      decisions: { 0: 'keep first', 5: 'keep all', 1: 'drop' },
      excluded: [...stored.excluded, { rowId: 10, reason: 'x' }, { rowId: -1, reason: 'y' }],
    })) as StoredQuality;
    const fitted = fitStoredQuality(odd, table);
    expect(fitted?.decisions).toEqual({ 0: 'keep first' });
    expect(fitted?.excluded.map((r) => r.rowId)).toEqual([2, 7]);
  });

  it('keeps no decision when no search is stored', () => {
    expect(fitStoredQuality({ ...stored, fuzzy: null }, table)?.decisions).toEqual({});
  });
});
