// "Choose k": fits k-means (or the Gaussian mixture) for a range of k in a worker and charts inertia
// with its elbow, silhouette, Calinski-Harabasz, Davies-Bouldin, BIC/AIC and the gap statistic.
import { setAlgorithm, setAlgorithmParams, useRunStore } from '../../state/runStore';
import { setSweepRange, useSweepStore } from '../../state/sweepStore';
import { cancelSweep, runSweep } from '../../state/sweepRunner';
import { useRecipeStore } from '../../state/recipeStore';
import { ParamField } from './ParamField';
import { LineChart } from './LineChart';
import { ProgressBar } from '../common/ProgressBar';
import type { AlgorithmName } from '../../workers/algorithmChoice';
import type { SweepJobResult } from '../../workers/segmentJob';

export function KSweepSection() {
  const { k_min, k_max, status, progress, phase, message, result } = useSweepStore();
  const algorithm = useRunStore((s) => s.settings.algorithm);
  const featureCount = useRecipeStore((s) => s.features.length);
  const running = status === 'running';
  return (
    <section className="subsection" aria-labelledby="sweep-heading">
      <h3 id="sweep-heading">Choose k</h3>
      <p className="muted">
        {algorithm === 'gmm' ? 'Fits the Gaussian mixture' : 'Fits k-means'} once for every k in the range and compares the results.
        {algorithm === 'dbscan' || algorithm === 'hdbscan' ? ' DBSCAN and HDBSCAN find their own number of segments; using a k here switches to k-means.' : ''}
      </p>
      <div className="run-form">
        <ParamField label="Smallest k" value={k_min} min={2} max={100} help="first number of segments tried" onChange={(v) => setSweepRange({ k_min: v })} />
        <ParamField label="Largest k" value={k_max} min={3} max={100} help="last number of segments tried" onChange={(v) => setSweepRange({ k_max: v })} />
        <button type="button" onClick={() => void runSweep()} disabled={running || featureCount === 0}>Sweep k</button>
        {running ? <button type="button" onClick={() => cancelSweep()}>Stop the sweep</button> : null}
      </div>
      {running ? (
        <div className="row" style={{ marginTop: 8 }}>
          <ProgressBar fraction={progress} label="Sweep progress" />
          <span className="muted" role="status">{phase} · {Math.round(progress * 100)} %</span>
        </div>
      ) : null}
      {message ? <p className={status === 'error' ? 'alert' : 'status-line'} role={status === 'error' ? 'alert' : 'status'}>{message}</p> : null}
      {result ? <SweepResult result={result} algorithm={algorithm} /> : null}
    </section>
  );
}

function SweepResult({ result, algorithm }: { result: SweepJobResult; algorithm: AlgorithmName }) {
  const ks = result.rows.map((r) => r.k);
  const column = (pick: (r: SweepJobResult['rows'][number]) => number | null) => result.rows.map((r) => pick(r) ?? Number.NaN);
  const best = (values: number[], higher: boolean) => {
    let at = -1;
    values.forEach((v, i) => { if (Number.isFinite(v) && (at < 0 || (higher ? v > values[at] : v < values[at]))) at = i; });
    return at >= 0 ? { x: ks[at], text: `best at k = ${ks[at]}` } : null;
  };
  const silhouette = column((r) => r.silhouette);
  const ch = column((r) => r.calinskiHarabasz);
  const db = column((r) => r.daviesBouldin);
  const bic = column((r) => r.bic);
  const aic = column((r) => r.aic);
  const gap = result.gapStatistic;
  const k = result.recommendedK;
  return (
    <div data-testid="sweep-result">
      <p className="recommendation">
        <strong>Recommended k = {k}.</strong> {result.reason}{' '}
        <button type="button" className="primary" onClick={() => applyK(k, algorithm)}>Use k = {k}</button>
      </p>
      <div className="charts">
        <LineChart title="Inertia (within-segment spread)" xs={ks} ys={column((r) => r.inertia)} xLabel="k" yLabel="inertia" dots
          mark={result.elbowK !== null ? { x: result.elbowK, text: `elbow (knee) at k = ${result.elbowK}` } : null} />
        <LineChart title="Silhouette (higher is better)" xs={ks} ys={silhouette} xLabel="k" yLabel="silhouette" dots mark={best(silhouette, true)} />
        <LineChart title="Calinski-Harabasz (higher is better)" xs={ks} ys={ch} xLabel="k" yLabel="CH" dots mark={best(ch, true)} />
        <LineChart title="Davies-Bouldin (lower is better)" xs={ks} ys={db} xLabel="k" yLabel="DB" dots mark={best(db, false)} />
        {result.algorithm === 'gmm' ? (
          <>
            <LineChart title="BIC (lower is better)" xs={ks} ys={bic} xLabel="k" yLabel="BIC" dots mark={best(bic, false)} />
            <LineChart title="AIC (lower is better)" xs={ks} ys={aic} xLabel="k" yLabel="AIC" dots mark={best(aic, false)} />
          </>
        ) : null}
        {gap ? (
          <LineChart title="Gap statistic (higher is better)" xs={gap.ks} ys={Array.from(gap.gap)} xLabel="k" yLabel="gap" dots
            mark={result.gapK !== null ? { x: result.gapK, text: `one-standard-error rule picks k = ${result.gapK}` } : null} />
        ) : null}
      </div>
      {result.notes.length > 0 ? <ul className="muted">{result.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
    </div>
  );
}

/** Puts k into the current algorithm's own parameter; density methods switch to k-means. */
function applyK(k: number, algorithm: AlgorithmName): void {
  if (algorithm === 'gmm') setAlgorithmParams('gmm', { n_components: k });
  else if (algorithm === 'agglomerative') setAlgorithmParams('agglomerative', { n_clusters: k, cut: 'count' });
  else {
    setAlgorithmParams('kmeans', { n_clusters: k });
    setAlgorithm('kmeans');
  }
}
