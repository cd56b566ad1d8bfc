// Tests header clean-up: trimmed names, blank names after their position, numbered duplicates, row_id moved aside.
import { describe, expect, it } from 'vitest';
import { uniqueColumnNames } from './headerNames';

describe('uniqueColumnNames', () => {
  it('trims, names blanks, numbers duplicates (case-insensitively) without taking a later name', () => {
    expect(uniqueColumnNames([' a ', '', 'A', 'a_2', 'row_id', ''])).toEqual(['a', 'column_2', 'A_3', 'a_2', 'source_row_id', 'column_6']);
  });
});
