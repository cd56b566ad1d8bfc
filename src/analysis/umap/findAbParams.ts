// UMAP's output-space kernel 1 / (1 + a d^(2b)) fitted to the min_dist / spread target curve, by
// Levenberg-Marquardt least squares on the same 300-point grid as umap-learn's find_ab_params.

export function findAbParams(spread: number, minDist: number): { a: number; b: number } {
  const m = 300;
  const xs = new Float64Array(m);
  const ys = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const x = (spread * 3 * i) / (m - 1);
    xs[i] = x;
    ys[i] = x < minDist ? 1 : Math.exp(-(x - minDist) / spread);
  }
  let a = 1;
  let b = 1;
  let lambda = 1e-3;
  let cost = residualCost(xs, ys, a, b);
  for (let iter = 0; iter < 500; iter++) {
    // Normal equations J^T J + lambda diag(J^T J) for the two parameters.
    let jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
    for (let i = 0; i < m; i++) {
      const x = xs[i];
      const p = x > 0 ? Math.pow(x, 2 * b) : 0;
      const f = 1 / (1 + a * p);
      const r = f - ys[i];
      const da = -p * f * f;
      const db = x > 0 ? -a * p * 2 * Math.log(x) * f * f : 0;
      jaa += da * da; jab += da * db; jbb += db * db;
      ga += da * r; gb += db * r;
    }
    let improved = false;
    for (let attempt = 0; attempt < 30 && !improved; attempt++) {
      const maa = jaa * (1 + lambda), mbb = jbb * (1 + lambda);
      const det = maa * mbb - jab * jab;
      const stepA = -(mbb * ga - jab * gb) / det;
      const stepB = -(maa * gb - jab * ga) / det;
      const trial = residualCost(xs, ys, a + stepA, b + stepB);
      if (trial < cost) {
        const relative = (cost - trial) / Math.max(cost, 1e-300);
        a += stepA; b += stepB; cost = trial; lambda = Math.max(lambda / 10, 1e-12); improved = true;
        if (relative < 1e-15) return { a, b };
      } else {
        lambda *= 10;
      }
    }
    if (!improved) break;
  }
  return { a, b };
}

function residualCost(xs: Float64Array, ys: Float64Array, a: number, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const f = 1 / (1 + a * (x > 0 ? Math.pow(x, 2 * b) : 0));
    s += (f - ys[i]) ** 2;
  }
  return s;
}
