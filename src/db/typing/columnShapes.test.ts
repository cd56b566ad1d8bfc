// The JS scan of value shapes: counts per column, records counted as countDataRecords does (whatever
// the chunking), and the plans it leads to (typed read, typed from text, or left to the SQL typing).
import { describe, expect, it } from 'vitest';
import { countDataRecords } from '../lineIndex';
import { planColumn } from './columnPlan';
import { ColumnShapeScanner, scanColumnShapes } from './columnShapes';

const encode = (text: string) => new TextEncoder().encode(text);

describe('scanColumnShapes', () => {
  it('counts the shapes of every value per column, leaving misshapen rows out', () => {
    const text = 'id,price,day,name,zip\n1,1.50,2024-01-02,Ann,01000\n-0,2,2024-02-30, Bob ,75001\nNA,"3.5",,"Eve",-05\n9,9\n';
    const { shapes, recordCount, misshapen } = scanColumnShapes(encode(text), ',', 5);
    expect(recordCount).toBe(4);
    expect(misshapen).toBe(1);
    expect(shapes[0]).toMatchObject({ present: 2, tokens: 1, integers: 2, rewritten: 1, leadingZero: 0 });
    expect(shapes[1]).toMatchObject({ present: 3, integers: 1, decimals: 2, rewritten: 1, maxLength: 4 });
    expect(shapes[2]).toMatchObject({ present: 2, isoDates: 2, tokens: 0 });
    expect(shapes[3]).toMatchObject({ present: 3, words: 3, rewritten: 2 });
    expect(shapes[4]).toMatchObject({ present: 3, integers: 3, leadingZero: 1, rewritten: 1 });
  });

  it('reads tokens and sentinels as missing, a quoted empty value too', () => {
    const text = 'a;b\n n/a ;999\n"";#N/A\n-;x\nunknown;12\n';
    const { shapes } = scanColumnShapes(encode(text), ';', 2, [new Set(), new Set(['999'])]);
    expect(shapes[0]).toMatchObject({ present: 0, tokens: 4 });
    expect(shapes[1]).toMatchObject({ present: 2, tokens: 2, words: 1, integers: 1 });
  });

  it('tells tokens from words sharing their first letters, and numbers from dotted text, whatever the chunks', () => {
    const text = 'a,b\nNULL,1.25\nNo,0.5\nNantes,12\nUNKNOWN,1.2.3\nnA,007\nNaN,.\n';
    const bytes = encode(text);
    const whole = scanColumnShapes(bytes, ',', 2);
    expect(whole.shapes[0]).toMatchObject({ present: 3, tokens: 3, words: 3 });
    expect(whole.shapes[1]).toMatchObject({ present: 6, decimals: 2, integers: 2, other: 2, leadingZero: 1, decimalPlaces: null });
    for (let cut = 1; cut < bytes.length; cut++) {
      const scanner = new ColumnShapeScanner(0x2c, 2);
      scanner.push(bytes.subarray(0, cut));
      scanner.push(bytes.subarray(cut));
      expect(scanner.finish(), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('finds the columns whose values ascend in file order, shorter first (so all differ), the header and gaps aside, whatever the chunks', () => {
    const text = 'id,code,n,day,same\nC01,1,9,2024-01-02,x\nC02,,10,2024-01-03,x\nC03,3,11,2024-01-03,y\nC10,4,12,2024-02-01,z\nC11,5,11,2024-02-02,zz\n';
    const bytes = encode(text);
    const whole = scanColumnShapes(bytes, ',', 5);
    // 9 < 10 (shorter first), but a repeated number, date or word breaks the order.
    const expected = [true, true, false, false, false];
    expect(whole.shapes.map((s) => s.ascending)).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) {
      const scanner = new ColumnShapeScanner(0x2c, 5);
      scanner.push(bytes.subarray(0, cut));
      scanner.push(bytes.subarray(cut));
      expect(scanner.finish().shapes.map((s) => s.ascending), `cut at ${cut}`).toEqual(expected);
    }
    expect(scanColumnShapes(encode('n\n8\n9\n10\n11\n'), ',', 1).shapes[0].ascending).toBe(true);
    expect(scanColumnShapes(encode('id\n\n'), ',', 1).shapes[0].ascending).toBe(false);
    expect(scanColumnShapes(encode('id\nb\na\n'), ',', 1).shapes[0].ascending).toBe(false);
  });

  it('counts records as countDataRecords does, whatever the chunks', () => {
    const texts = ['a,b\n1,2\n\n3,"x\ny"\n4,5', 'a\n"unterminated\n1\n', 'a,b\r\n1,2\n\n\n', 'h\n"q""uote",1\n'];
    for (const text of texts) {
      const bytes = encode(text);
      const whole = scanColumnShapes(bytes, ',', 2);
      expect(whole.recordCount, text).toBe(countDataRecords(bytes));
      for (let cut = 1; cut < bytes.length; cut++) {
        const scanner = new ColumnShapeScanner(0x2c, 2);
        scanner.push(bytes.subarray(0, cut));
        scanner.push(bytes.subarray(cut));
        expect(scanner.finish(), `${text} cut at ${cut}`).toEqual(whole);
      }
    }
  });
});

describe('planColumn', () => {
  const plan = (values: string[], delimiter = ',') => planColumn(scanColumnShapes(encode(['v', ...values].join('\n') + '\n'), delimiter, 1).shapes[0], delimiter);

  it('reads plain integers, ISO dates and words typed, as written', () => {
    expect(plan(['1', '-2', '', '30'])).toMatchObject({ mode: 'direct', readType: 'BIGINT' });
    expect(plan(['2024-01-02', '1999-12-31'])).toMatchObject({ mode: 'direct', readType: 'DATE' });
    expect(plan(['Paris', '12'])).toMatchObject({ mode: 'direct', readType: 'VARCHAR' });
    expect(plan(['1.50', '-0.25', ''])).toMatchObject({ mode: 'direct', readType: 'DOUBLE', printFormat: '%.2f' });
    expect(plan(['01000', '75001'])).toMatchObject({ mode: 'direct', readType: 'VARCHAR', typing: { note: 'identifier: 1 value start with 0, kept as written' } });
  });

  it('types decimals, tokens and padded values from their text, keeping it', () => {
    expect(plan(['1.50', '2'])).toMatchObject({ mode: 'projected', typing: { type: 'number', sqlType: 'DOUBLE' } });
    expect(plan(['1.5', '2.25'])).toMatchObject({ mode: 'projected', typing: { sqlType: 'DOUBLE' } });
    expect(plan(['.5', '2.25'])).toMatchObject({ mode: 'projected', typing: { sqlType: 'DOUBLE' } });
    expect(plan(['1', 'NA'])).toMatchObject({ mode: 'projected', typing: { sqlType: 'BIGINT' }, stats: { missingTokens: 1 } });
    expect(plan([' 7', '8'])).toMatchObject({ mode: 'projected', typing: { sqlType: 'BIGINT' } });
    expect(plan(['x', 'null'])).toMatchObject({ mode: 'projected', typing: { type: 'text' } });
  });

  it('leaves decimal commas, units, d/m/y dates and yyyymmdd to the SQL typing', () => {
    for (const values of [['12,5', '3'], ['12 €', '3'], ['01/02/2024'], ['20240102', '19991231'], ['EUR 12']]) {
      expect(plan(values, ';'), values.join(' ')).toEqual({ mode: 'inferred' });
    }
  });
});
