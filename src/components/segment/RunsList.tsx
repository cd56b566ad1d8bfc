// Every run of the session: algorithm, parameters, seed, metrics and time. "Show" brings a run back;
// ticking "Compare" on two runs gives their adjusted Rand index in words.
import { useRunStore } from '../../state/runStore';
import { compareRuns, toggleCompare, useRunHistoryStore } from '../../state/runHistoryStore';
import { describeAgreement } from '../../state/agreementWords';
import { showRun } from '../../state/segmentRunner';
import { algorithmTitles, describeChoice } from '../../workers/algorithmChoice';
import { formatNumber } from '../data/formatNumber';

export function RunsList() {
  const { runs, compare } = useRunHistoryStore();
  const current = useRunStore((s) => s.run?.id ?? null);
  const running = useRunStore((s) => s.status === 'running');
  if (runs.length === 0) return null;
  const pair = compare.length === 2 ? compare.map((id) => runs.find((r) => r.id === id)) : [];
  const [a, b] = pair;
  const ari = a && b ? compareRuns(a, b) : null;
  return (
    <section className="subsection" aria-labelledby="runs-heading">
      <h3 id="runs-heading">Runs</h3>
      <div className="segments-scroll">
        <table className="segments-table runs-table" aria-label="Runs">
          <thead>
            <tr><th>compare</th><th>run</th><th>algorithm</th><th>parameters</th><th>seed</th><th>segments</th>
              <th>silhouette</th><th>stability</th><th>time</th><th /></tr>
          </thead>
          <tbody>
            {runs.slice().reverse().map((r) => (
              <tr key={r.id} aria-current={r.id === current ? 'true' : undefined}>
                <td><input type="checkbox" aria-label={`Compare run ${r.id}`} checked={compare.includes(r.id)}
                  onChange={(e) => toggleCompare(r.id, e.target.checked)} /></td>
                <td>{r.id}</td>
                <td>{algorithmTitles[r.choice.algorithm]}</td>
                <td className="params-cell">{describeChoice(r.choice)}</td>
                <td>{r.seed}</td>
                <td>{r.result.segmentCount}{r.result.noiseCount > 0 ? ` + noise` : ''}</td>
                <td>{formatNumber(r.validation?.silhouette)}</td>
                <td>{formatNumber(r.validation?.stability?.meanJaccard)}</td>
                <td>{new Date(r.createdAt).toLocaleTimeString('en-GB')} · {r.result.seconds.toFixed(2)} s</td>
                <td>{r.id === current ? <span className="muted">shown</span> : (
                  <button type="button" disabled={running} onClick={() => void showRun(r.id)}>Show run {r.id}</button>
                )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="status-line" data-testid="run-comparison" role="status">
        {a && b && ari !== null
          ? Number.isFinite(ari)
            ? `Run ${a.id} and run ${b.id}: adjusted Rand index ${ari.toFixed(3)}, ${describeAgreement(ari)}.`
            : `Run ${a.id} and run ${b.id} were made on different rows and cannot be compared.`
          : 'Tick "Compare" on two runs to see how much their segments agree (adjusted Rand index).'}
      </p>
    </section>
  );
}
