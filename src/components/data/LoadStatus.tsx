// What the loader is doing now, or why the last file could not be loaded and what to do next.
// The message is an alert so that screen readers announce it.
import { useDatasetStore } from '../../state/datasetStore';

export function LoadStatus() {
  const { status, activity, problem } = useDatasetStore();
  if (status === 'loading') return <p className="status-line" role="status">{activity || 'Loading…'}</p>;
  if (problem) {
    return (
      <div className="alert" role="alert">
        <strong>{problem.message}</strong>
        {problem.hint ? <span>{problem.hint}</span> : null}
      </div>
    );
  }
  return null;
}
