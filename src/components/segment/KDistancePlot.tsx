// DBSCAN's k-distance plot: every customer's distance to its min_samples-th neighbour, sorted; the
// knee marks a good eps, and "Use suggested eps" copies it into the eps field.
import { useEffect } from 'react';
import { useRunStore, setAlgorithmParams } from '../../state/runStore';
import { useRecipeStore } from '../../state/recipeStore';
import { computeKDistances, kDistanceKey, useKDistanceStore } from '../../state/kDistanceStore';
import { LineChart } from './LineChart';
import { formatNumber } from '../data/formatNumber';

export function KDistancePlot() {
  const { min_samples, metric } = useRunStore((s) => s.settings.dbscan);
  const recipe = useRecipeStore((s) => s.recipe);
  const { status, curve, key, message } = useKDistanceStore();
  useEffect(() => {
    // Recomputed when min_samples, the metric or the recipe change, a moment after typing stops.
    const timer = setTimeout(() => { if (kDistanceKey() !== useKDistanceStore.getState().key) void computeKDistances(); }, 300);
    return () => clearTimeout(timer);
  }, [min_samples, metric, recipe]);
  const current = curve !== null && key === kDistanceKey();
  return (
    <div className="kdistance">
      {status === 'running' ? <p className="muted" role="status">Computing the k-distance plot…</p> : null}
      {status === 'error' ? <p className="alert" role="alert">{message}</p> : null}
      {curve && current ? (
        <>
          <LineChart title={`Distance to the ${min_samples}th neighbour (k-distance plot)`} xs={curve.positions} ys={curve.values}
            xLabel="customers, sorted" yLabel="distance"
            mark={{ x: kneePosition(curve.positions, curve.values, curve.suggestedEps), text: `Suggested eps = ${formatNumber(curve.suggestedEps)} at the knee` }} />
          <button type="button" onClick={() => setAlgorithmParams('dbscan', { eps: Number(curve.suggestedEps.toPrecision(4)) })}>
            Use suggested eps
          </button>
        </>
      ) : null}
    </div>
  );
}

/** Rank of the first plotted point whose distance reaches eps (the curve is sorted ascending). */
function kneePosition(positions: Float64Array, values: Float64Array, eps: number): number {
  for (let i = 0; i < values.length; i++) if (values[i] >= eps) return positions[i];
  return positions[positions.length - 1] ?? 0;
}
