// The factor-count rules: Kaiser counts eigenvalues above 1; the scree keeps the factors before the elbow
// that Kneedle finds, and says when a curve has none.
import { describe, expect, it } from 'vitest';
import { kaiserFactorCount, screeFactorCount } from './screeFactorCount';

describe('kaiserFactorCount', () => {
  it('counts eigenvalues above 1, and keeps at least one factor', () => {
    expect(kaiserFactorCount([3.1, 1.4, 1.0, 0.9, 0.6])).toBe(2);
    expect(kaiserFactorCount([0.9, 0.8, 0.7])).toBe(1);
  });
});

describe('screeFactorCount', () => {
  it('keeps the factors on the steep part, before the elbow', () => {
    // Two strong factors, then a flat tail from the third eigenvalue on.
    expect(screeFactorCount([4.0, 2.5, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15])).toBe(2);
    // One dominant factor.
    expect(screeFactorCount([5.0, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3])).toBe(1);
  });

  it('finds no elbow on a straight line or too short a curve', () => {
    expect(screeFactorCount([4, 3, 2, 1])).toBeNull();
    expect(screeFactorCount([1.5, 0.5])).toBeNull();
  });
});
