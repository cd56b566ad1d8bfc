// Tests columnMeans against means computed by hand, with missing values and row subsets.
import { describe, expect, it } from 'vitest';
import { columnMeans } from './columnMeans';
import { matrixFromRows } from './matrix';

describe('columnMeans', () => {
  const X = matrixFromRows([[1, 10], [2, NaN], [3, 30], [NaN, NaN]]);
  it('averages every column, skipping missing values', () => {
    expect(Array.from(columnMeans(X))).toEqual([2, 20]);
  });
  it('averages a subset of rows only', () => {
    expect(Array.from(columnMeans(X, [1, 2]))).toEqual([2.5, 30]);
  });
  it('gives NaN for a column with no value in the subset', () => {
    const means = columnMeans(X, [3]);
    expect(Number.isNaN(means[0]) && Number.isNaN(means[1])).toBe(true);
  });
});
