// One-dimensional minimisation as scipy.optimize.brent: bracket the minimum by golden-ratio steps
// downhill from two start points, then Brent's parabolic/golden-section search inside the bracket.

const GOLDEN = 1.618033988749895;
const CGOLD = 0.3819660112501051;
const GROW_LIMIT = 110;
const TINY = 1e-21;

export interface BrentOptions {
  /** Relative tolerance on x (scipy's default is 1.48e-8). */
  tol?: number;
  maxIter?: number;
}

/** The x in the neighbourhood of [a, b] (searched beyond it if needed) where f is smallest. */
export function brentMinimise(f: (x: number) => number, a: number, b: number, options: BrentOptions = {}): number {
  const tol = options.tol ?? 1.48e-8;
  const maxIter = options.maxIter ?? 500;
  const [lo, mid, hi] = bracket(f, a, b);
  let left = Math.min(lo, hi), right = Math.max(lo, hi);
  let x = mid, w = mid, v = mid;
  let fx = f(x), fw = fx, fv = fx;
  let step = 0, previousStep = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    const middle = (left + right) / 2;
    const tol1 = tol * Math.abs(x) + 1e-11;
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - (right - left) / 2) break;
    let golden = true;
    if (Math.abs(previousStep) > tol1) {
      // Parabola through x, w, v.
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      const older = previousStep;
      if (Math.abs(p) < Math.abs(0.5 * q * older) && p > q * (left - x) && p < q * (right - x)) {
        previousStep = step;
        step = p / q;
        const u = x + step;
        if (u - left < tol2 || right - u < tol2) step = middle >= x ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      previousStep = x >= middle ? left - x : right - x;
      step = CGOLD * previousStep;
    }
    const u = Math.abs(step) >= tol1 ? x + step : x + (step >= 0 ? tol1 : -tol1);
    const fu = f(u);
    if (fu <= fx) {
      if (u >= x) left = x; else right = x;
      v = w; fv = fw; w = x; fw = fx; x = u; fx = fu;
    } else {
      if (u < x) left = u; else right = u;
      if (fu <= fw || w === x) {
        v = w; fv = fw; w = u; fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u; fv = fu;
      }
    }
  }
  return x;
}

/** scipy.optimize.bracket: points (a, b, c) with f(b) below f(a) and f(c). */
function bracket(f: (x: number) => number, startA: number, startB: number): [number, number, number] {
  let a = startA, b = startB;
  let fa = f(a), fb = f(b);
  if (fa < fb) {
    [a, b] = [b, a];
    [fa, fb] = [fb, fa];
  }
  let c = b + GOLDEN * (b - a);
  let fc = f(c);
  for (let iter = 0; fc < fb && iter < 1000; iter++) {
    const tmp1 = (b - a) * (fb - fc);
    const tmp2 = (b - c) * (fb - fa);
    const diff = tmp2 - tmp1;
    const denom = 2 * (Math.abs(diff) < TINY ? TINY : diff);
    let w = b - ((b - c) * tmp2 - (b - a) * tmp1) / denom;
    const wLimit = b + GROW_LIMIT * (c - b);
    let fw: number;
    if ((w - c) * (b - w) > 0) {
      fw = f(w);
      if (fw < fc) return [b, w, c];
      if (fw > fb) return [a, b, w];
      w = c + GOLDEN * (c - b);
      fw = f(w);
    } else if ((w - wLimit) * (wLimit - c) >= 0) {
      w = wLimit;
      fw = f(w);
    } else if ((w - wLimit) * (c - w) > 0) {
      fw = f(w);
      if (fw < fc) {
        b = c; c = w; w = c + GOLDEN * (c - b);
        fb = fc; fc = fw; fw = f(w);
      }
    } else {
      w = c + GOLDEN * (c - b);
      fw = f(w);
    }
    a = b; b = c; c = w;
    fa = fb; fb = fc; fc = fw;
  }
  return [a, b, c];
}
