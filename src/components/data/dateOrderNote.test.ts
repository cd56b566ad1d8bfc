// The words that say why a date column is read day first or month first.
import { describe, expect, it } from 'vitest';
import type { DatasetColumn } from '../../db/ingestCsv';
import { dateOrderNote, hasDayMonthOrder } from './dateOrderNote';

const column = (details: Partial<DatasetColumn>): DatasetColumn => ({ name: 'd', header: 'd', sqlType: 'DATE', ...details });

describe('date order note', () => {
  it('offers the order only where dates are written with day and month numbers', () => {
    expect(hasDayMonthOrder(column({ dateFormat: 'dd/mm/yyyy' }), undefined)).toBe(true);
    expect(hasDayMonthOrder(column({ dateFormat: 'mm.dd.yyyy' }), undefined)).toBe(true);
    expect(hasDayMonthOrder(column({ dateFormat: 'yyyy-mm-dd' }), undefined)).toBe(false);
    expect(dateOrderNote(column({ dateFormat: 'yyyy-mm-dd' }), undefined)).toBe('');
    expect(hasDayMonthOrder(column({ sqlType: 'VARCHAR', typeNote: 'looks like dates, but mixes day-first and month-first values' }), undefined)).toBe(true);
    expect(hasDayMonthOrder(column({ sqlType: 'BIGINT' }), undefined)).toBe(false);
    expect(hasDayMonthOrder(column({ sqlType: 'BIGINT' }), 'mdy')).toBe(true);
  });

  it('says whether the order was chosen, settled by the data or guessed', () => {
    expect(dateOrderNote(column({ dateFormat: 'mm/dd/yyyy', typeNote: 'day/month order chosen by you' }), 'mdy')).toBe('Read month first (mm/dd), as you chose.');
    expect(dateOrderNote(column({ sqlType: 'VARCHAR', typeNote: '1 values did not read as date, so the column stays text' }), 'dmy'))
      .toBe('You chose day first (dd/mm), but the column is not read as dates (1 values did not read as date, so the column stays text): choose the other order or go back to the settled one.');
    expect(dateOrderNote(column({ dateFormat: 'dd/mm/yyyy' }), undefined)).toBe('Read day first: settled by the whole column (some value has a first number above 12).');
    expect(dateOrderNote(column({ dateFormat: 'mm-dd-yyyy' }), undefined)).toBe('Read month first: settled by the whole column (some value has a second number above 12).');
    expect(dateOrderNote(column({ dateFormat: 'dd/mm/yyyy', typeNote: 'day/month order ambiguous (no number above 12): read as day first; change it if wrong' }), undefined))
      .toMatch(/^Read day first: no value has a day above 12/);
    expect(dateOrderNote(column({ sqlType: 'VARCHAR', typeNote: 'looks like dates, but mixes day-first and month-first values' }), undefined)).toMatch(/choose the order/);
  });
});
