// The analyst's reading choices: parsing "-1, 999", editing per file and per column, and the words
// the load report shows for them.
import { describe, expect, it } from 'vitest';
import { describeChoices, hasChoices, missingCountChanges, missingValuesOf, parseMissingValues, tidy, withDateOrder, withMissingValues } from './readingChoices';

describe('reading choices', () => {
  it('parses values separated by commas or semicolons, trimmed, without blanks or repeats', () => {
    expect(parseMissingValues(' -1, 999 ;;  n.c. , -1 ')).toEqual(['-1', '999', 'n.c.']);
    expect(parseMissingValues('   ')).toEqual([]);
  });

  it('sets file-wide and per-column values; an empty list removes the entry', () => {
    const wide = withMissingValues({ encoding: 'windows-1252' }, ['-1']);
    expect(wide).toEqual({ encoding: 'windows-1252', missingValues: ['-1'] });
    const both = withMissingValues(wide, ['999', '0'], 'âge');
    expect(missingValuesOf(both, 'âge')).toEqual(['-1', '999', '0']);
    expect(missingValuesOf(both, 'ville')).toEqual(['-1']);
    const cleared = withMissingValues(withMissingValues(both, [], 'âge'), []);
    expect(cleared).toEqual({ encoding: 'windows-1252' });
  });

  it('sets and unsets a day/month order by header', () => {
    const chosen = withDateOrder({}, 'signup', 'mdy');
    expect(chosen.dateOrders).toEqual({ signup: 'mdy' });
    expect(hasChoices(chosen)).toBe(true);
    const back = withDateOrder(chosen, 'signup', undefined);
    expect(back).toEqual({});
    expect(hasChoices(back)).toBe(false);
  });

  it('drops whatever is not a declared choice when tidied (as read back from storage)', () => {
    const stored = JSON.parse('{"missingValues":[],"columnMissingValues":{"a":[],"b":["x"]},"dateOrders":{"d":"ymd","e":"dmy"}}') as Parameters<typeof tidy>[0];
    expect(tidy(stored)).toEqual({ columnMissingValues: { b: ['x'] }, dateOrders: { e: 'dmy' } });
  });

  it('puts every declared choice in words, one line each', () => {
    const choices = withDateOrder(withMissingValues(withMissingValues({}, ['-1', '999']), ['0'], 'score'), 'signup', 'mdy');
    expect(describeChoices(choices)).toEqual([
      'Read as missing in every column: -1, 999',
      'Read as missing in score: 0',
      'signup: dates read month first (mm/dd), as you chose',
    ]);
    expect(describeChoices({ encoding: 'utf-8' })).toEqual([]);
  });

  it('lists the columns whose missing count a re-read changed, and only those', () => {
    const before = [{ name: 'score', missing: 0 }, { name: 'age', missing: 2 }, { name: 'nom', missing: 1 }];
    const after = [{ name: 'score', missing: 3 }, { name: 'age', missing: 1200 }, { name: 'nom', missing: 1 }, { name: 'new', missing: 4 }];
    expect(missingCountChanges(before, after)).toEqual(['score: 0 → 3 missing', 'age: 2 → 1,200 missing']);
    expect(missingCountChanges(before, before)).toEqual([]);
  });
});
