// Tests the words given to an adjusted Rand index, at and around each threshold.
import { describe, expect, it } from 'vitest';
import { describeAgreement } from './agreementWords';

describe('describeAgreement', () => {
  it.each([
    [1, 'identical segments'],
    [0.95, 'almost the same segments'],
    [0.7, 'largely similar segments'],
    [0.4, 'partly similar segments'],
    [0.01, 'different segments (near 0 means no better than chance)'],
    [Number.NaN, 'not comparable'],
  ])('ARI %s reads "%s"', (ari, words) => {
    expect(describeAgreement(ari)).toBe(words);
  });
});
