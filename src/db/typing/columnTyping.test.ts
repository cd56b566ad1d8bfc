// Tests the per-column type decision from whole-column statistics: plain and grouped numbers, the
// decimal mark settled by the column, leading-zero codes, date order and the user's override.
import { describe, expect, it } from 'vitest';
import { decideColumnType, type ColumnStats } from './columnTyping';

function stats(present: number, counts: Partial<ColumnStats>): ColumnStats {
  return {
    present, missingTokens: 0, plainNumber: 0, plainInteger: 0, leadingZero: 0, maxLength: 6, withUnit: 0, dotDecimal: 0,
    commaDecimal: 0, dotFraction: 0, commaFraction: 0, dates: { iso: 0, slash: 0, dash: 0, dot: 0, compact: 0 },
    withTime: 0, maxFirst: 0, maxSecond: 0, ...counts,
  };
}

describe('decideColumnType', () => {
  it('reads plain integers and decimals', () => {
    expect(decideColumnType(stats(10, { plainNumber: 10, plainInteger: 10 }), { delimiter: ',' })).toMatchObject({ type: 'number', sqlType: 'BIGINT', plain: true });
    expect(decideColumnType(stats(10, { plainNumber: 10, plainInteger: 4 }), { delimiter: ',' })).toMatchObject({ sqlType: 'DOUBLE' });
  });

  it('settles the decimal mark from the whole column, and the file settles a tie', () => {
    const comma = stats(10, { dotDecimal: 9, commaDecimal: 10, commaFraction: 3 });
    expect(decideColumnType(comma, { delimiter: ',' })).toMatchObject({ type: 'number', decimalMark: ',', sqlType: 'DOUBLE' });
    const tie = stats(10, { dotDecimal: 10, commaDecimal: 10, commaFraction: 10 });
    expect(decideColumnType(tie, { delimiter: ';' })).toMatchObject({ decimalMark: ',', note: expect.stringMatching(/ambiguous/) });
    expect(decideColumnType(tie, { delimiter: ',' })).toMatchObject({ decimalMark: '.', sqlType: 'BIGINT' });
  });

  it('keeps codes with leading zeros, and too long for a number, as text', () => {
    expect(decideColumnType(stats(10, { plainNumber: 10, plainInteger: 10, leadingZero: 2 }), { delimiter: ',' })).toMatchObject({ type: 'text', note: expect.stringMatching(/2 values start with 0/) });
    expect(decideColumnType(stats(10, { plainNumber: 10, plainInteger: 10, maxLength: 19 }), { delimiter: ',' }).type).toBe('text');
  });

  it('settles the day/month order from the column, reports ambiguity and conflicts, and takes the override', () => {
    const dates = (maxFirst: number, maxSecond: number) => stats(5, { dates: { iso: 0, slash: 5, dash: 0, dot: 0, compact: 0 }, maxFirst, maxSecond });
    expect(decideColumnType(dates(31, 12), { delimiter: ',' })).toMatchObject({ type: 'date', order: 'dmy', dateFormat: 'dd/mm/yyyy' });
    expect(decideColumnType(dates(12, 31), { delimiter: ',' })).toMatchObject({ order: 'mdy', dateFormat: 'mm/dd/yyyy' });
    expect(decideColumnType(dates(12, 12), { delimiter: ',' })).toMatchObject({ order: 'dmy', note: expect.stringMatching(/ambiguous/) });
    expect(decideColumnType(dates(31, 31), { delimiter: ',' })).toMatchObject({ type: 'text', note: expect.stringMatching(/day-first and month-first/) });
    expect(decideColumnType(dates(12, 12), { delimiter: ',', order: 'mdy' })).toMatchObject({ order: 'mdy', note: 'day/month order chosen by you' });
  });

  it('calls a column of missing values text', () => {
    expect(decideColumnType(stats(0, {}), { delimiter: ',' })).toEqual({ type: 'text', note: 'every value is missing' });
  });
});
