// Tests duplicate grouping (connected components; groups around a first record that do not chain)
// and the pairwise precision and recall used to score fuzzy duplicates against planted pairs.
import { describe, expect, it } from 'vitest';
import { groupAroundFirst, groupPairs, scoreGroups } from './duplicateGroups';

describe('groupPairs', () => {
  it('joins chains into connected components of two or more', () => {
    expect(groupPairs(7, [[0, 1], [1, 2], [5, 4]])).toEqual([[0, 1, 2], [4, 5]]);
  });
});

describe('groupAroundFirst', () => {
  it('does not chain a~b~c~d into one group', () => {
    expect(groupAroundFirst(4, [[0, 1], [1, 2], [2, 3]])).toEqual([[0, 1], [2, 3]]);
  });
  it('puts every record similar to the first in its group, each record in one group only', () => {
    const groups = groupAroundFirst(6, [[0, 3], [0, 5], [3, 5], [1, 5], [1, 2]]);
    expect(groups).toEqual([[0, 3, 5], [1, 2]]);
    expect(new Set(groups.flat()).size).toBe(groups.flat().length);
  });
});

describe('scoreGroups', () => {
  it('counts pairs inside groups against the true pairs', () => {
    const score = scoreGroups([[0, 1, 2], [5, 6]], [[0, 1], [5, 6], [7, 8]]);
    expect(score.foundPairs).toBe(4);
    expect(score.truePairs).toBe(3);
    expect(score.precision).toBeCloseTo(2 / 4, 12);
    expect(score.recall).toBeCloseTo(2 / 3, 12);
  });
});
