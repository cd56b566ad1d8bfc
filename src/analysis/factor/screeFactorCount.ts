// Cattell's scree rule made mechanical: the elbow of the eigenvalue curve is found by Kneedle, and the
// factors kept are those before it (on the steep part); the Kaiser rule counts eigenvalues above 1.
import { kneedleIndex } from '../kneedle';

/** Eigenvalues above 1 (Kaiser's criterion on a correlation matrix), at least one. */
export function kaiserFactorCount(eigenvalues: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < eigenvalues.length; i++) if (eigenvalues[i] > 1) count++;
  return Math.max(1, count);
}

/**
 * Factors before the scree's elbow (eigenvalues sorted descending), between 1 and p - 1; null when the
 * curve has no elbow (fewer than three eigenvalues, or a straight line).
 */
export function screeFactorCount(eigenvalues: ArrayLike<number>): number | null {
  const m = eigenvalues.length;
  const x = Array.from({ length: m }, (_, i) => i + 1);
  const elbow = kneedleIndex(x, eigenvalues);
  if (elbow === null) return null;
  return Math.min(m - 1, Math.max(1, elbow));
}
