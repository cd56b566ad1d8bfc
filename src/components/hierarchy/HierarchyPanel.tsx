// Step "Tree and silhouette": the agglomerative tree of the run's customers with live nested cuts,
// and the silhouette plot of the run's segments; both computed in workers as the run appears.
import { useEffect } from 'react';
import type { Linkage } from '../../analysis/agglomerative';
import { useRunStore } from '../../state/runStore';
import { useHierarchyStore } from '../../state/hierarchyStore';
import { releaseHierarchy, setTreeLinkage, syncHierarchyWithRun } from '../../state/hierarchyRunner';
import { ProgressBar } from '../common/ProgressBar';
import { Dendrogram } from './Dendrogram';
import { CutSummary } from './CutSummary';
import { SilhouettePlot } from './SilhouettePlot';
import { UseCutSegments } from './UseCutSegments';
import './hierarchy.css';

const LINKAGES: Linkage[] = ['ward', 'complete', 'average', 'single'];

export function HierarchyPanel() {
  const runId = useRunStore((s) => s.run?.id ?? null);
  const s = useHierarchyStore();
  useEffect(() => {
    syncHierarchyWithRun();
  }, [runId]);
  // Leaving the page section (Start over, a new file) stops the workers.
  useEffect(() => releaseHierarchy, []);
  return (
    <section className="panel" aria-labelledby="hierarchy-heading">
      <h2 id="hierarchy-heading">Tree and silhouette <span className="muted">how the customers merge, and how well each one fits its segment</span></h2>
      <div className="run-form">
        <label>
          Tree linkage
          <select aria-label="Tree linkage" value={s.linkage} onChange={(e) => setTreeLinkage(e.target.value as Linkage)} disabled={s.treeStatus === 'running'}>
            {LINKAGES.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </label>
        {s.linkage !== 'ward' ? <span className="muted">metric: {s.metric}</span> : null}
        {s.treeStatus === 'running' ? <ProgressBar fraction={s.treeProgress} label="Tree progress" /> : null}
        {s.treeStatus === 'running' ? <span className="muted">{s.treePhase || 'Building the tree'}…</span> : null}
      </div>
      {s.treeMessage ? <p className="alert" role="alert">{s.treeMessage}</p> : null}
      {s.tree && s.leafRows ? (
        <>
          <Dendrogram tree={s.tree} leafRows={s.leafRows} cuts={s.cuts} />
          <CutSummary tree={s.tree} />
        </>
      ) : null}
      <UseCutSegments />
      <div className="subsection">
        <h3>Silhouette plot</h3>
        {s.plotStatus === 'running' ? <ProgressBar fraction={s.plotProgress} label="Silhouette progress" /> : null}
        {s.plotMessage ? <p className="alert" role="alert">{s.plotMessage}</p> : null}
        {s.plot ? <SilhouettePlot plot={s.plot} /> : null}
      </div>
    </section>
  );
}
