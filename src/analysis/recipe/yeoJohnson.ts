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
  // log1p(|x|) once per value: each likelihood evaluation is then one exp per value, not one pow.
  const logs = new Float64Array(count);
  let signedLogSum = 0;
  for (let i = 0; i < count; i++) {
    logs[i] = Math.log1p(Math.abs(observed[i]));
    signedLogSum += Math.sign(observed[i]) * logs[i];
  }
  const transformed = new Float64Array(count);
  const negativeLogLikelihood = (lambda: number): number => {
    const positiveLog = Math.abs(lambda) < SPACING_ONE;
    const negativeLog = Math.abs(lambda - 2) <= SPACING_ONE;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const t = observed[i] >= 0
        ? (positiveLog ? logs[i] : Math.expm1(lambda * logs[i]) / lambda)
        : (negativeLog ? -logs[i] : -Math.expm1((2 - lambda) * logs[i]) / (2 - lambda));
      transformed[i] = t;
      sum += t;
    }
    const mean = sum / count;
    let squares = 0;
    for (let i = 0; i < count; i++) squares += (transformed[i] - mean) ** 2;
    const variance = squares / count;
    if (variance < TINY_VARIANCE) return Number.POSITIVE_INFINITY;
    return (count / 2) * Math.log(variance) - (lambda - 1) * signedLogSum;
  };
  // scipy.optimize.brent's own tolerance, as PowerTransformer uses it.
  return brentMinimise(negativeLogLikelihood, -2, 2);
}
