// Step 3, "Segment": the algorithm and its parameters under scikit-learn's names, Run and Cancel, live
// progress, then the run's validation, the k-sweep and the list of runs. Every job runs in a Web Worker.
import { setSeed, useRunStore } from '../../state/runStore';
import { useRecipeStore } from '../../state/recipeStore';
import { runSegmentation, cancelSegmentation } from '../../state/segmentRunner';
import { ProgressBar } from '../common/ProgressBar';
import { ParamField } from './ParamField';
import { AlgorithmPicker } from './AlgorithmPicker';
import { RunSummary } from './RunSummary';
import { ValidationSection } from './ValidationSection';
import { KSweepSection } from './KSweepSection';
import { RunsList } from './RunsList';
import { algorithmTitles } from '../../workers/algorithmChoice';
import './segment.css';

export function RunPanel() {
  const { settings, status, progress, phase, message } = useRunStore();
  const featureCount = useRecipeStore((s) => s.features.length);
  const running = status === 'running';
  return (
    <section className="panel" aria-labelledby="segment-heading">
      <h2 id="segment-heading"><span className="step">3</span> Segment <span className="muted">{algorithmTitles[settings.algorithm]}</span></h2>
      <div className="run-form">
        <AlgorithmPicker />
        <ParamField label="Seed" value={settings.seed} min={0} max={2 ** 31 - 1}
          help="the same data, features, parameters and seed always give the same segments" onChange={setSeed} />
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
      <ValidationSection />
      <KSweepSection />
      <RunsList />
    </section>
  );
}
