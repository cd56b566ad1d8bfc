// Tests emptyFeatureColumns: only columns with no value at all are reported.
import { describe, expect, it } from 'vitest';
import { emptyFeatureColumns } from './columnCoverage';
import { matrixFromRows } from './matrix';

describe('emptyFeatureColumns', () => {
  it('reports the all-NaN columns and nothing else', () => {
    const X = matrixFromRows([[NaN, 1, NaN], [NaN, NaN, 2], [NaN, 3, NaN]]);
    expect(emptyFeatureColumns(X)).toEqual([0]);
  });
  it('reports nothing for a full matrix', () => {
    expect(emptyFeatureColumns(matrixFromRows([[1, 2]]))).toEqual([]);
  });
});
