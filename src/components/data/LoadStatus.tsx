// What the loader is doing now (with a progress bar while a delimited file loads), why the last file could
// not be loaded and what to do next (an alert, announced by screen readers), or that it was read in place.
import { useDatasetStore } from '../../state/datasetStore';
import { ProgressBar } from '../common/ProgressBar';

export function LoadStatus() {
  const { status, activity, problem, progress, info } = useDatasetStore();
  if (status === 'loading') {
    return (
      <div className="status-line" role="status">
        <p>{activity || 'Loading…'}{progress ? `: ${progress.phase}` : ''}</p>
        {progress ? <ProgressBar fraction={progress.fraction} label="Loading progress" /> : null}
      </div>
    );
  }
  if (problem) {
    return (
      <div className="alert" role="alert">
        <strong>{problem.message}</strong>
        {problem.hint ? <span>{problem.hint}</span> : null}
      </div>
    );
  }
  if (status === 'ready' && info?.readInPlace) {
    return <p className="status-line">{info.fileName} was read in place: the database reads the file where it is, with no copy of it in memory.</p>;
  }
  return null;
}
