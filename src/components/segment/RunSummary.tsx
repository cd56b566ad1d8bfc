// One line about the current result: algorithm, parameters, time, seed and what the algorithm reports
// (inertia, BIC, noise, uncertain customers, micro-clusters). Lets an analyst quote how the segments were made.
import { useRunStore } from '../../state/runStore';
import { algorithmTitles, describeChoice } from '../../workers/algorithmChoice';
import { formatNumber, formatPercent } from '../data/formatNumber';

export function RunSummary() {
  const run = useRunStore((s) => s.run);
  const saved = useRunStore((s) => s.run !== null && s.savedRunId === s.run.id);
  if (!run) return null;
  const { result, choice, features } = run;
  const shown = result.explainedVarianceRatio.reduce((a, b, i) => (i < 2 ? a + b : a), 0);
  const rows = result.labels.length;
  const facts: string[] = [
    `${algorithmTitles[choice.algorithm]} (${describeChoice(choice)})`,
    `seed ${result.seed}`,
  ];
  if (result.inertia !== null) facts.push(`inertia ${formatNumber(result.inertia)}`);
  if (result.nIter !== null) facts.push(`${result.nIter} iterations`);
  if (result.bic !== null && result.aic !== null) facts.push(`BIC ${formatNumber(result.bic)}, AIC ${formatNumber(result.aic)}`);
  if (choice.algorithm === 'dbscan' || choice.algorithm === 'hdbscan') {
    facts.push(`${result.noiseCount.toLocaleString('en')} customers (${formatPercent(rows > 0 ? result.noiseCount / rows : 0)}) left as noise`);
  }
  if (result.cutHeight !== null) facts.push(`tree cut at height ${formatNumber(result.cutHeight)}`);
  facts.push(`the map shows ${formatPercent(shown)} of the variance`);
  return (
    <div className="run-summary-block">
      {/* data-saved: the run is in this browser's storage, so a reload brings it back. */}
      <p className="status-line" data-testid="run-summary" data-saved={saved}>
        {result.segmentCount} segments from {features.length} features in {result.seconds.toFixed(2)} s · {facts.join(' · ')}
      </p>
      {result.uncertainCount !== null && choice.algorithm === 'gmm' ? (
        <p className="status-line" data-testid="uncertain-summary">
          {result.uncertainCount.toLocaleString('en')} customers ({formatPercent(rows > 0 ? result.uncertainCount / rows : 0)}) are uncertain:
          their most likely segment has a probability below {choice.params.uncertainty_threshold}.
        </p>
      ) : null}
      {result.builtOnMicroClusters !== null ? (
        <p className="status-line" data-testid="micro-cluster-note">
          The tree was built on {result.builtOnMicroClusters.toLocaleString('en')} micro-clusters (small k-means groups) rather than on
          each of the {rows.toLocaleString('en')} customers, to keep it fast; every customer takes the segment of its micro-cluster.
        </p>
      ) : null}
    </div>
  );
}
