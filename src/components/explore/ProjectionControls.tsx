// Chooses the map's projection (PCA, t-SNE, UMAP) with its parameters under scikit-learn / umap-learn
// names, computes it in a worker with progress and Cancel, and shows its trustworthiness.
import { useEffect } from 'react';
import { setProjectionParams, showProjection, useProjectionStore } from '../../state/projectionStore';
import { cancelProjection, computeProjection, syncProjectionsWithRun } from '../../state/projectionRunner';
import { useRunStore } from '../../state/runStore';
import { NumberField } from '../common/NumberField';
import { ProgressBar } from '../common/ProgressBar';
import type { ProjectionMethod } from '../../workers/projectionJob';

const METHODS: { value: ProjectionMethod; label: string }[] = [
  { value: 'pca', label: 'PCA' }, { value: 'tsne', label: 't-SNE' }, { value: 'umap', label: 'UMAP' },
];

export function ProjectionControls() {
  const runId = useRunStore((s) => s.run?.id ?? null);
  const { params, status, progress, phase, message, results, shown } = useProjectionStore();
  useEffect(() => { syncProjectionsWithRun(); }, [runId]);
  const running = status === 'running';
  const current = results[shown];
  return (
    <div className="projection-controls">
      <div className="run-form">
        <label>
          Projection
          <select aria-label="Projection" value={params.method} onChange={(e) => showProjection(e.target.value as ProjectionMethod)} disabled={running}>
            {METHODS.map((m) => <option key={m.value} value={m.value}>{m.label}{results[m.value] ? ' ✓' : ''}</option>)}
          </select>
        </label>
        {params.method === 'tsne' ? (
          <>
            <NumberField label="perplexity" value={params.perplexity} min={2} max={200} integer={false} step="any"
              help="roughly how many neighbours each customer keeps close" onChange={(v) => setProjectionParams({ perplexity: v })} />
            <NumberField label="n_iter" value={params.n_iter} min={250} max={5000}
              help="optimisation steps; 1000 is scikit-learn's default" onChange={(v) => setProjectionParams({ n_iter: v })} />
            <NumberField label="early_exaggeration" value={params.early_exaggeration} min={1} max={50} integer={false} step="any"
              help="how strongly clusters pull apart during the first 250 steps" onChange={(v) => setProjectionParams({ early_exaggeration: v })} />
            <NumberField label="learning_rate (0 = auto)" value={params.learning_rate} min={0} max={100000} integer={false} step="any"
              help="auto is max(n / early_exaggeration / 4, 50)" onChange={(v) => setProjectionParams({ learning_rate: v })} />
          </>
        ) : null}
        {params.method === 'umap' ? (
          <>
            <NumberField label="n_neighbors" value={params.n_neighbors} min={2} max={200}
              help="small values show local detail, large values the global shape" onChange={(v) => setProjectionParams({ n_neighbors: v })} />
            <NumberField label="min_dist" value={params.min_dist} min={0} max={1} integer={false} step="any"
              help="how tightly points may pack together" onChange={(v) => setProjectionParams({ min_dist: v })} />
            <label>
              metric
              <select aria-label="metric" value={params.metric} onChange={(e) => setProjectionParams({ metric: e.target.value as typeof params.metric })}>
                <option value="euclidean">euclidean</option><option value="manhattan">manhattan</option><option value="cosine">cosine</option>
              </select>
            </label>
          </>
        ) : null}
        {params.method !== 'pca' ? (
          <NumberField label="Projection seed" value={params.seed} min={0} max={2 ** 31 - 1}
            help="the same seed gives the same map" onChange={(v) => setProjectionParams({ seed: v })} />
        ) : null}
        <button type="button" className="primary" onClick={computeProjection} disabled={running}>Compute projection</button>
        {running ? <button type="button" onClick={() => cancelProjection()}>Cancel projection</button> : null}
      </div>
      {running ? (
        <div className="row" style={{ marginTop: 8 }}>
          <ProgressBar fraction={progress} label="Projection progress" />
          <span className="muted" role="status">{phase} · {Math.round(progress * 100)} %</span>
        </div>
      ) : null}
      {message ? <p className={status === 'error' ? 'alert' : 'status-line'} role={status === 'error' ? 'alert' : 'status'}>{message}</p> : null}
      {current && !running ? (
        <p className="status-line" data-testid="projection-summary">
          {METHODS.find((m) => m.value === current.method)?.label} in {current.seconds.toFixed(1)} s · trustworthiness{' '}
          {current.trustworthiness.toFixed(3)} (k = 10{current.trustworthinessSampled ? `, on a sample of ${current.trustworthinessRows.toLocaleString('en')} customers` : ''})
          {current.trustworthiness < 0.85 ? ' — low: nearby points on this map are often not neighbours in the data' : ''}
        </p>
      ) : null}
    </div>
  );
}
