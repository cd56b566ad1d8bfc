// Tests the words a re-read of another table gives: encoding, rows, a date column's format or type, cells read
// as missing, renamed columns; nothing when the reading is the same.
import { describe, expect, it } from 'vitest';
import { readingChanges } from './readingChanges';
import type { DatasetInfo } from '../db/ingestCsv';

type Reading = Pick<DatasetInfo, 'rowCount' | 'encoding' | 'columns'>;
const encoding = (name: 'windows-1252' | 'macintosh', label: string) => ({ name, label, reason: '', transcoded: true, replaced: 0 });
const before: Reading = {
  rowCount: 3,
  encoding: encoding('windows-1252', 'Windows-1252'),
  columns: [
    { name: 'order_id', sqlType: 'BIGINT', header: 'order_id' },
    { name: 'city', sqlType: 'VARCHAR', header: 'city' },
    { name: 'ordered', sqlType: 'DATE', header: 'ordered', dateFormat: 'dd/mm/yyyy' },
    { name: 'amount', sqlType: 'DOUBLE', header: 'amount', missingTokens: 1 },
  ],
};

describe('readingChanges', () => {
  it('says nothing when the reading is the same', () => {
    expect(readingChanges(before, structuredClone(before))).toEqual([]);
  });

  it('names the encoding, the date order, the missing cells and the row count that changed', () => {
    const after: Reading = {
      rowCount: 2,
      encoding: encoding('macintosh', 'Mac Roman'),
      columns: [
        before.columns[0], before.columns[1],
        { ...before.columns[2], dateFormat: 'mm/dd/yyyy' },
        { ...before.columns[3], missingTokens: 2 },
      ],
    };
    expect(readingChanges(before, after)).toEqual([
      'encoding: Windows-1252 → Mac Roman',
      'rows: 3 → 2',
      'ordered: read as dd/mm/yyyy → mm/dd/yyyy',
      'amount: 1 → 2 missing',
    ]);
  });

  it('names a column that is no longer read as dates, and renamed headers', () => {
    const after: Reading = {
      ...before,
      columns: [before.columns[0], { ...before.columns[1], name: 'ville' }, { name: 'ordered', sqlType: 'VARCHAR', header: 'ordered' }, before.columns[3]],
    };
    expect(readingChanges(before, after)).toEqual(['ordered: read as dd/mm/yyyy → VARCHAR', 'columns renamed: city → ville']);
  });
});
