// Step 3, "Segment": k-means parameters under scikit-learn's names, Run and Cancel, live progress.
// The run happens in a Web Worker; Cancel stops it at once and keeps the previous result.
import { useRunStore, setRunParams } from '../../state/runStore';
import { useRecipeStore } from '../../state/recipeStore';
import { runSegmentation, cancelSegmentation } from '../../state/segmentRunner';
import { NumberField } from '../common/NumberField';
import { ProgressBar } from '../common/ProgressBar';
import { RunSummary } from './RunSummary';

export function RunPanel() {
  const { params, status, progress, phase, message } = useRunStore();
  const featureCount = useRecipeStore((s) => s.features.length);
  const running = status === 'running';
  return (
    <section className="panel" aria-labelledby="segment-heading">
      <h2 id="segment-heading"><span className="step">3</span> Segment <span className="muted">k-means, k-means++ initialisation</span></h2>
      <div className="run-form">
        <NumberField label="Number of segments" value={params.n_clusters} min={2} max={50}
          help="k: how many segments k-means makes" onChange={(v) => setRunParams({ n_clusters: v })} />
        <NumberField label="Initialisations (n_init)" value={params.n_init} min={1} max={1000}
          help="k-means runs this many times from different seeds and keeps the tightest result" onChange={(v) => setRunParams({ n_init: v })} />
        <NumberField label="Max iterations (max_iter)" value={params.max_iter} min={1} max={10000}
          help="upper bound on iterations of each run" onChange={(v) => setRunParams({ max_iter: v })} />
        <NumberField label="Tolerance (tol)" value={params.tol} min={0} step="any" integer={false}
          help="stop when centres move less than this, relative to the data's variance" onChange={(v) => setRunParams({ tol: v })} />
        <NumberField label="Seed" value={params.seed} min={0} max={2 ** 31 - 1}
          help="the same data, features, parameters and seed always give the same segments" onChange={(v) => setRunParams({ seed: v })} />
        <button type="button" className="primary" onClick={() => void runSegmentation()} disabled={running || featureCount === 0}>
          Run
        </button>
        {running ? <button type="button" onClick={() => cancelSegmentation()}>Cancel</button> : null}
      </div>
      {running ? (
        <div className="row" style={{ marginTop: 12 }}>
          <ProgressBar fraction={progress} label="Segmentation progress" />
          <span className="muted" role="status">{phase} · {Math.round(progress * 100)} %</span>
        </div>
      ) : null}
      {message ? <p className={status === 'error' ? 'alert' : 'status-line'} role={status === 'error' ? 'alert' : 'status'}>{message}</p> : null}
      <RunSummary />
    </section>
  );
}
