// Validation of the current run, computed in a worker after every run: silhouette, Calinski-Harabasz,
// Davies-Bouldin, Dunn, and each segment's bootstrap stability (mean Jaccard) with its verdict in words.
import { useRunStore } from '../../state/runStore';
import { useRunHistoryStore } from '../../state/runHistoryStore';
import { setBootstrapCount, useValidationStore } from '../../state/validationStore';
import { cancelValidation, startValidation } from '../../state/validationRunner';
import { useSegmentStore } from '../../state/segmentStore';
import { ParamField } from './ParamField';
import { ProgressBar } from '../common/ProgressBar';
import { formatNumber } from '../data/formatNumber';
import type { StabilityVerdict } from '../../analysis/bootstrapStability';

const verdictWords: Record<StabilityVerdict, string> = {
  stable: 'stable',
  doubtful: 'doubtful',
  unstable: 'unstable',
};

export function ValidationSection() {
  const run = useRunStore((s) => s.run);
  const runs = useRunHistoryStore((s) => s.runs);
  const names = useSegmentStore((s) => s.names);
  const { status, runId, progress, phase, message, n_boot } = useValidationStore();
  if (!run) return null;
  const validation = runs.find((r) => r.id === run.id)?.validation ?? null;
  const running = status === 'running' && runId === run.id;
  return (
    <section className="subsection" aria-labelledby="validation-heading">
      <h3 id="validation-heading">Validation</h3>
      <div className="run-form">
        <ParamField label="Bootstrap resamples (B)" value={n_boot} min={0} max={500}
          help="the run is refitted on this many resamples to see which segments come back" onChange={setBootstrapCount} />
        <button type="button" onClick={() => void startValidation(run)} disabled={running}>Validate again</button>
        {running ? <button type="button" onClick={() => cancelValidation()}>Stop validation</button> : null}
      </div>
      {running ? (
        <div className="row" style={{ marginTop: 8 }}>
          <ProgressBar fraction={progress} label="Validation progress" />
          <span className="muted" role="status">{phase} · {Math.round(progress * 100)} %</span>
        </div>
      ) : null}
      {message && runId === run.id ? <p className={status === 'error' ? 'alert' : 'status-line'} role={status === 'error' ? 'alert' : 'status'}>{message}</p> : null}
      {validation ? (
        <div data-testid="validation-result">
          {validation.problem ? <p className="status-line">{validation.problem}</p> : (
            <ul className="metrics">
              <li>Silhouette <strong>{formatNumber(validation.silhouette)}</strong> <span className="muted">
                (from −1 to 1, higher is better; {validation.sampled !== null
                  ? `on a seeded sample of ${validation.sampled.toLocaleString('en')} customers, as the exact value costs too much on this many`
                  : 'exact, on every customer'})</span></li>
              <li>Calinski-Harabasz <strong>{formatNumber(validation.calinskiHarabasz)}</strong> <span className="muted">(higher is better)</span></li>
              <li>Davies-Bouldin <strong>{formatNumber(validation.daviesBouldin)}</strong> <span className="muted">(lower is better, 0 is best)</span></li>
              <li>Dunn <strong>{formatNumber(validation.dunn)}</strong> <span className="muted">(higher is better{validation.sampled !== null ? '; on the same sample' : ''})</span></li>
            </ul>
          )}
          {validation.stability ? (
            <>
              <table className="segments-table" aria-label="Segment stability">
                <thead><tr><th>segment</th><th>customers</th><th>mean Jaccard</th><th>verdict</th></tr></thead>
                <tbody>
                  {validation.stability.segments.map((s) => (
                    <tr key={s.label}>
                      <td>{names[s.label] ?? `Segment ${s.label + 1}`}</td>
                      <td>{s.size.toLocaleString('en')}</td>
                      <td>{formatNumber(s.meanJaccard)}</td>
                      <td className={`verdict-${s.verdict}`}>{verdictWords[s.verdict]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">
                Stability over {validation.stability.n_boot} bootstrap resamples (seed {validation.stability.seed}): a segment that
                comes back with a mean Jaccard of 0.75 or more is stable, 0.6 to 0.75 doubtful, below 0.6 unstable.
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
