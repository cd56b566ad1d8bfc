// Kneedle (Satopää et al., 2011) for a convex decreasing curve such as inertia against k: the knee is
// the first local maximum of the gap below the chord that the curve then falls back from by S steps.

/**
 * Index of the knee of y(x) (x increasing, y convex and decreasing), or null when the curve has none
 * (a straight line or fewer than three points). `sensitivity` is Kneedle's S (1 by default).
 */
export function kneedleIndex(x: ArrayLike<number>, y: ArrayLike<number>, sensitivity = 1): number | null {
  const m = x.length;
  if (m < 3 || y.length !== m) return null;
  const xMin = x[0], xSpan = x[m - 1] - x[0];
  let yMin = Infinity, yMax = -Infinity;
  for (let i = 0; i < m; i++) { yMin = Math.min(yMin, y[i]); yMax = Math.max(yMax, y[i]); }
  const ySpan = yMax - yMin;
  if (!(xSpan > 0) || !(ySpan > 0)) return null;
  // Distance below the chord from (0, 1) to (1, 0) in normalised coordinates.
  const difference = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const xn = (x[i] - xMin) / xSpan;
    const yn = (y[i] - yMin) / ySpan;
    difference[i] = 1 - xn - yn;
  }
  const step = 1 / (m - 1);
  let threshold = Number.NaN;
  let candidate = -1;
  for (let i = 1; i < m; i++) {
    const isLocalMax = i < m - 1 && difference[i] > 0 && difference[i] >= difference[i - 1] && difference[i] >= difference[i + 1];
    if (isLocalMax) {
      candidate = i;
      threshold = difference[i] - sensitivity * step;
      continue;
    }
    if (candidate >= 0 && difference[i] < threshold) return candidate;
  }
  return null;
}
