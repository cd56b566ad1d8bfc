// The Yeo-Johnson power transform and its lambda fitted by maximum likelihood, exactly as
// scikit-learn's PowerTransformer(method='yeo-johnson', standardize=False); NaN values are ignored.
import { brentMinimise } from './brentMinimise';

const SPACING_ONE = Number.EPSILON;
const TINY_VARIANCE = 2.2250738585072014e-308;

export function yeoJohnson(x: number, lambda: number): number {
  if (x >= 0) return Math.abs(lambda) < SPACING_ONE ? Math.log1p(x) : (Math.pow(x + 1, lambda) - 1) / lambda;
  return Math.abs(lambda - 2) > SPACING_ONE ? -(Math.pow(1 - x, 2 - lambda) - 1) / (2 - lambda) : -Math.log1p(-x);
}

/** The lambda maximising the Yeo-Johnson log-likelihood of the observed (non-NaN) values. */
export function fitYeoJohnsonLambda(values: Float64Array): number {
  let count = 0;
  const x = new Float64Array(values.length);
  for (const v of values) if (!Number.isNaN(v)) x[count++] = v;
  const observed = x.subarray(0, count);
  if (count < 2) throw new Error('Yeo-Johnson needs at least two observed values');
  let signedLogSum = 0;
  for (const v of observed) signedLogSum += Math.sign(v) * Math.log1p(Math.abs(v));
  const transformed = new Float64Array(count);
  const negativeLogLikelihood = (lambda: number): number => {
    let sum = 0;
    for (let i = 0; i < count; i++) {
      transformed[i] = yeoJohnson(observed[i], lambda);
      sum += transformed[i];
    }
    const mean = sum / count;
    let squares = 0;
    for (let i = 0; i < count; i++) squares += (transformed[i] - mean) ** 2;
    const variance = squares / count;
    if (variance < TINY_VARIANCE) return Number.POSITIVE_INFINITY;
    return (count / 2) * Math.log(variance) - (lambda - 1) * signedLogSum;
  };
  return brentMinimise(negativeLogLikelihood, -2, 2, { tol: 1e-10 });
}
