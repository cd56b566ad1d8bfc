// DBSCAN's k-distance curve for the eps chart: sorted k-th neighbour distances, thinned for drawing,
// with the eps suggested at the knee.
import type { FitContext } from '../analysis/fitContext';
import type { Matrix } from '../analysis/matrix';
import type { DensityMetric } from '../analysis/densityMetric';
import { kDistances, suggestEps } from '../analysis/kDistances';
import type { KDistanceJobResult } from './segmentJob';

/** A chart a few hundred pixels wide gains nothing from more points than this. */
const CHART_POINTS = 400;

export function kDistanceCurve(X: Matrix, minSamples: number, metric: DensityMetric, ctx: FitContext): KDistanceJobResult {
  const sorted = kDistances(X, Math.min(minSamples, X.rows), metric, ctx);
  const n = sorted.length;
  const count = Math.min(n, CHART_POINTS);
  const positions = new Float64Array(count);
  const values = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    // Evenly spaced ranks, always including the first and the last row.
    const rank = count === 1 ? 0 : Math.round((p * (n - 1)) / (count - 1));
    positions[p] = rank;
    values[p] = sorted[rank];
  }
  return { positions, values, rows: n, suggestedEps: suggestEps(sorted) };
}
