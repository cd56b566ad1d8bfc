// The single page: header with the load actions, then one panel per step of the data flow.
// Restores the stored session on start and keeps the analyst's choices saved as they change.
import { useEffect, useState } from 'react';
import { useDatasetStore } from '../state/datasetStore';
import { useRunStore } from '../state/runStore';
import { openDatabaseAhead } from '../state/database';
import { restoreSession } from '../state/restoreSession';
import { watchChoices } from '../state/saveChoices';
import { AppHeader } from './AppHeader';
import { DropOverlay } from './data/DropOverlay';
import { Welcome } from './data/Welcome';
import { LoadStatus } from './data/LoadStatus';
import { DataPanel } from './data/DataPanel';
import { QualityPanel } from './quality/QualityPanel';
import { PreparePanel } from './prepare/PreparePanel';
import { RunPanel } from './segment/RunPanel';
import { ExplorePanel } from './explore/ExplorePanel';
import { HierarchyPanel } from './hierarchy/HierarchyPanel';
import { SegmentsPanel } from './segments/SegmentsPanel';
import { ExportPanel } from './export/ExportPanel';
import { RevealInTurn } from './common/RevealInTurn';
import { prewarmMapRenderer } from './explore/sharedMapRenderer';
import { whenIdle } from './common/whenIdle';

// React's StrictMode mounts effects twice in development: the session must be restored only once.
let restoring: Promise<void> | null = null;
const restoreOnce = (): Promise<void> => (restoring ??= restoreSession().catch(() => undefined));

export function App() {
  const status = useDatasetStore((s) => s.status);
  const hasRun = useRunStore((s) => s.run !== null);
  const [isRestoring, setRestoring] = useState(true);

  useEffect(() => {
    let unwatch: (() => void) | null = null;
    let cancelled = false;
    void restoreOnce().then(() => {
      if (cancelled) return;
      setRestoring(false);
      unwatch = watchChoices();
      // DuckDB starts while the analyst looks at the page, so that the first file does not wait for it.
      // Said on the page (data-database-ready) so that a browser test can measure a load apart from DuckDB's start.
      whenIdle(() => void openDatabaseAhead().then((ready) => { document.documentElement.dataset.databaseReady = String(ready); }));
    });
    return () => {
      cancelled = true;
      unwatch?.();
    };
  }, []);

  // The map's WebGL context is built while the page is idle after a load, not when the first run ends.
  useEffect(() => {
    if (status === 'ready') prewarmMapRenderer(() => useRunStore.getState().status === 'running');
  }, [status]);

  return (
    <>
      <AppHeader />
      <DropOverlay />
      <main>
        {isRestoring && status !== 'ready' ? <p className="status-line">Restoring your last session…</p> : null}
        <LoadStatus />
        {status === 'ready' ? (
          <>
            <DataPanel />
            <QualityPanel />
            <PreparePanel />
            <RunPanel />
            {hasRun ? (
              <RevealInTurn>
                <ExplorePanel />
                <HierarchyPanel />
                <SegmentsPanel />
                <ExportPanel />
              </RevealInTurn>
            ) : null}
          </>
        ) : !isRestoring && status !== 'loading' ? <Welcome /> : null}
      </main>
    </>
  );
}
