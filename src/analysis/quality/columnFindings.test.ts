// Tests the plain-words findings for one column from its figures alone: which checks fire at the
// thresholds, the words used, and the severity order of a mixed list.
import { describe, expect, it } from 'vitest';
import type { ColumnQualityStats } from './columnQualityStats';
import { columnFindings } from './columnFindings';
import { sortBySeverity, type QualityFinding } from './qualityFinding';

const base = (over: Partial<ColumnQualityStats>): ColumnQualityStats => ({
  name: 'x', kind: 'numeric', integer: false, total: 1000, missing: 0, distinct: 400, modeValue: '1', modeCount: 10, ...over,
});
const checks = (f: QualityFinding[]) => f.map((x) => x.check).sort();

describe('columnFindings', () => {
  it('flags missing values only above 2 %', () => {
    expect(checks(columnFindings(base({ missing: 20 })))).toEqual([]);
    const [f] = columnFindings(base({ missing: 21 }));
    expect(f.text).toBe('x: 21 values missing (2.1 %)');
    expect(f.rows).toEqual({ kind: 'missing', column: 'x' });
  });

  it('says an empty column is empty and nothing else', () => {
    expect(columnFindings(base({ missing: 1000, distinct: 0, modeCount: 0 })).map((f) => f.text)).toEqual(['x: every value is missing']);
  });

  it('tells a left tail from a right tail, and says nothing within ±1', () => {
    const numeric = { q1: 0, q3: 1, median: 0.5, mad: 0.3, iqrOutliers: 0, robustOutliers: 0 };
    expect(columnFindings(base({ numeric: { ...numeric, skewness: -1.5 } }))[0].text).toBe('x: long left tail (skewness -1.5)');
    expect(columnFindings(base({ numeric: { ...numeric, skewness: 2.25 } }))[0].text).toBe('x: long right tail (skewness 2.25)');
    expect(columnFindings(base({ numeric: { ...numeric, skewness: 0.99 } }))).toEqual([]);
  });

  it('words near-constant columns from 95 % of the filled rows', () => {
    expect(columnFindings(base({ kind: 'text', distinct: 2, modeValue: 'FR', modeCount: 949 }))).toEqual([]);
    expect(columnFindings(base({ kind: 'text', distinct: 2, modeValue: 'FR', modeCount: 950 }))[0].text)
      .toBe('x: nearly constant, “FR” in 95.0 % of filled rows');
  });

  it('gives the IQR fences in the words and in the rows to show', () => {
    const [f] = columnFindings(base({ numeric: { skewness: 0, q1: 10, q3: 30, median: 20, mad: 0, iqrOutliers: 4, robustOutliers: 0 } }));
    expect(f.text).toBe('x: 4 outliers by the IQR rule (below -20 or above 60)');
    expect(f.rows).toEqual({ kind: 'outside', column: 'x', low: -20, high: 60 });
  });

  it('reports impossible dates with the day they were checked against', () => {
    const [f] = columnFindings(base({ kind: 'date', impossible: { count: 2, rule: 'date', today: '2026-01-31' } }));
    expect(f.text).toBe('x: 2 impossible dates (before 1900 or in the future)');
    expect(f.rows).toEqual({ kind: 'impossibleDate', column: 'x', today: '2026-01-31' });
  });
});

describe('sortBySeverity', () => {
  it('puts critical first, then the larger share, then column order', () => {
    const f = (id: string, severity: QualityFinding['severity'], count: number, column: string): QualityFinding =>
      ({ id, check: 'missing', severity, count, column, text: id, advice: '', rows: null });
    const sorted = sortBySeverity([f('a', 'info', 900, 'a'), f('b', 'warning', 5, 'b'), f('c', 'warning', 50, 'c'), f('d', 'critical', 1, 'd'), f('e', 'warning', 5, 'a')], 1000, ['a', 'b', 'c', 'd']);
    expect(sorted.map((x) => x.id)).toEqual(['d', 'c', 'e', 'b', 'a']);
  });
});
