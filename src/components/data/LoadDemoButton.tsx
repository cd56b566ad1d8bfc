// "Load demo data": the built-in synthetic customer table of a French retailer, served from public/.
// Works offline: the file ships with the app.
import { loadDataset } from '../../state/loadDataset';
import { useDatasetStore } from '../../state/datasetStore';

export const DEMO_FILE = 'customers.csv';

export async function loadDemo(): Promise<void> {
  const response = await fetch(`${import.meta.env.BASE_URL}demo/${DEMO_FILE}`);
  if (!response.ok) {
    useDatasetStore.setState({ status: 'error', problem: { message: `The demo file could not be read (HTTP ${response.status}).`, hint: 'Reload the page and try again.' } });
    return;
  }
  // Asked for by name: the demo becomes the customer table even beside files loaded earlier.
  await loadDataset(`demo-${DEMO_FILE}`, new Uint8Array(await response.arrayBuffer()), { role: 'customer' });
}

export function LoadDemoButton() {
  const busy = useDatasetStore((s) => s.status === 'loading');
  return (
    <button type="button" onClick={() => void loadDemo()} disabled={busy}>
      Load demo data
    </button>
  );
}
