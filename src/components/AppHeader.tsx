// The header bar: app name, the three ways to load data, and "Start over".
// Always visible, so a new file can be loaded from any step.
import { OpenFileButton } from './data/OpenFileButton';
import { LoadDemoButton } from './data/LoadDemoButton';
import { useDatasetStore } from '../state/datasetStore';
import { startOver } from '../state/startOver';

export function AppHeader() {
  const status = useDatasetStore((s) => s.status);
  return (
    <header className="app-header">
      <h1>Audience Lab</h1>
      <OpenFileButton />
      <LoadDemoButton />
      <span className="spacer" />
      <span className="privacy">Your data stays on this computer.</span>
      <button type="button" className="danger" onClick={() => void startOver()} disabled={status === 'loading'}>
        Start over
      </button>
    </header>
  );
}
