// One line about the current result: time, inertia, iterations, seed and how much PCA shows.
// Lets an analyst quote exactly how the segments were made.
import { useRunStore } from '../../state/runStore';
import { formatNumber, formatPercent } from '../data/formatNumber';

export function RunSummary() {
  const run = useRunStore((s) => s.run);
  if (!run) return null;
  const { result, params, features } = run;
  const shown = result.explainedVarianceRatio.reduce((a, b, i) => (i < 2 ? a + b : a), 0);
  return (
    <p className="status-line" data-testid="run-summary">
      {params.n_clusters} segments from {features.length} features in {result.seconds.toFixed(2)} s ·
      inertia {formatNumber(result.inertia)} · {result.nIter} iterations · best of {params.n_init} · seed {result.seed} ·
      the map shows {formatPercent(shown)} of the variance
    </p>
  );
}
