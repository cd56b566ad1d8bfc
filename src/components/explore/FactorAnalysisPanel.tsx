// Factor analysis beside PCA: principal-axis factoring of the run's features, rotated (none, varimax or
// oblimin), with as many factors as Kaiser, the scree or the analyst says; its scree plot and loadings.
import { useEffect } from 'react';
import { useRunStore } from '../../state/runStore';
import { useFactorStore } from '../../state/factorStore';
import { openFactorAnalysis, setFactorCount, setFactorRotation, syncFactorAnalysisWithRun } from '../../state/factorRunner';
import { NumberField } from '../common/NumberField';
import { ScreePlot } from './ScreePlot';
import { FactorLoadingsTable } from './FactorLoadingsTable';
import type { FactorDetails, FactorRotation } from '../../workers/projectionJob';

const ROTATIONS: { value: FactorRotation; label: string }[] = [
  { value: 'none', label: 'none' }, { value: 'varimax', label: 'varimax (orthogonal)' }, { value: 'oblimin', label: 'oblimin (oblique)' },
];
const NO_FEATURES: string[] = [];

export function FactorAnalysisPanel() {
  const runId = useRunStore((s) => s.run?.id ?? null);
  const features = useRunStore((s) => s.run?.features ?? NO_FEATURES);
  const { open, rotation, count, status, message, result } = useFactorStore();
  useEffect(() => { syncFactorAnalysisWithRun(); }, [runId]);
  const rule = typeof count === 'number' ? 'number' : count;
  return (
    <section className="factor-analysis" aria-labelledby="factor-heading" style={{ marginTop: 16 }}>
      <h3 id="factor-heading" style={{ margin: '0 0 8px', fontSize: 16 }}>Factor analysis</h3>
      <div className="run-form">
        <button type="button" aria-expanded={open} onClick={() => openFactorAnalysis(!open)}>
          {open ? 'Hide factor analysis' : 'Show factor analysis'}
        </button>
        {open ? (
          <>
            <label>
              Rotation
              <select aria-label="Rotation" value={rotation} onChange={(e) => setFactorRotation(e.target.value as FactorRotation)}>
                {ROTATIONS.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
              </select>
            </label>
            <label>
              Number of factors
              <select aria-label="Number of factors" value={rule}
                onChange={(e) => setFactorCount(e.target.value === 'number' ? result?.nFactors ?? 2 : e.target.value as 'kaiser' | 'scree')}>
                <option value="kaiser">Kaiser (eigenvalues above 1)</option>
                <option value="scree">scree (before the elbow)</option>
                <option value="number">a number</option>
              </select>
            </label>
            {typeof count === 'number' ? (
              <NumberField label="Factors" value={count} min={1} max={Math.max(1, features.length - 1)}
                help="between 1 and one less than the number of features" onChange={setFactorCount} />
            ) : null}
          </>
        ) : null}
      </div>
      {open && status === 'running' ? <p className="status-line" role="status">Computing the factor analysis…</p> : null}
      {open && status === 'error' ? <p className="alert" role="alert">{message}</p> : null}
      {open && result ? (
        <>
          <p className="status-line" data-testid="factor-summary">{factorSummary(result)}</p>
          <div className="pca-details">
            <ScreePlot eigenvalues={result.eigenvalues} shares={result.eigenvalues.map((v) => v / result.eigenvalues.length)}
              label="Factor scree plot" name="factor scree plot" item="#" noun="eigenvalues" kept={result.nFactors} />
            <FactorLoadingsTable result={result} features={features} />
          </div>
        </>
      ) : null}
    </section>
  );
}

function factorSummary(result: FactorDetails): string {
  const n = result.nFactors;
  const why = result.count === 'kaiser' ? "by Kaiser's criterion (eigenvalues above 1)"
    : result.count === 'scree' ? (result.screeCount === null ? "by Kaiser's criterion: the scree has no clear elbow" : 'by the scree (the factors before its elbow)')
    : 'as asked';
  const others = `Kaiser gives ${result.kaiserCount}, the scree ${result.screeCount ?? 'no elbow'}`;
  const explained = result.cumulativeProportion[n - 1] ?? 0;
  return `${n} factor${n === 1 ? '' : 's'} ${why} · ${others} · rotation ${result.rotation} · ${(explained * 100).toFixed(1)} % of the variance explained`
    + (result.converged ? '' : ' · the factoring did not converge: read the loadings with care');
}
