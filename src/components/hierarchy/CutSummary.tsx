// What the cut lines make, updated live while they move: the segment count, sizes and mean silhouette
// (on a seeded sample), the sub- and micro-segment counts, and the branch selected on the map.
import { useMemo } from 'react';
import { clusterCountAtHeight } from '../../analysis/treeCuts';
import { cutSizes } from '../../state/hierarchyRunner';
import { useHierarchyStore } from '../../state/hierarchyStore';
import { useSegmentStore } from '../../state/segmentStore';
import type { TreeJobResult } from '../../workers/hierarchyJob';

/** Sizes listed before "and N more". */
const SIZES_SHOWN = 12;

export function CutSummary({ tree }: { tree: TreeJobResult }) {
  const cuts = useHierarchyStore((s) => s.cuts);
  const silhouette = useHierarchyStore((s) => s.cutSilhouette);
  const branch = useHierarchyStore((s) => s.selectedBranch);
  // The branch is still what the map shows only while nobody changed the selection since the click.
  const branchShown = useSegmentStore((s) => branch !== null && s.selection === branch.rows);
  const count = clusterCountAtHeight(tree.heights, cuts.segments);
  const sizes = useMemo(() => cutSizes(cuts.segments), [cuts.segments]);
  const scored = silhouette && silhouette.n_clusters === count ? silhouette : null;
  const listed = Array.from(sizes.subarray(0, SIZES_SHOWN), (s) => s.toLocaleString('en')).join(' · ');
  const more = sizes.length > SIZES_SHOWN ? ` and ${sizes.length - SIZES_SHOWN} more` : '';
  let silhouetteText = 'mean silhouette: scoring…';
  if (scored) {
    const where = scored.sampled ? `on a sample of ${scored.rowsUsed.toLocaleString('en')} customers` : `on all ${scored.rowsUsed.toLocaleString('en')} customers`;
    silhouetteText = scored.silhouette === null ? `no silhouette for ${count} segment${count === 1 ? '' : 's'}` : `mean silhouette ${scored.silhouette.toFixed(3)} ${where}`;
  }
  return (
    <div className="cut-summary" aria-live="polite" data-testid="cut-summary">
      <p>
        <strong data-testid="cut-segments">{count} segments</strong> at height {cuts.segments.toPrecision(3)} · {silhouetteText}
      </p>
      <p className="muted" data-testid="cut-sizes">Sizes: {listed}{more}</p>
      <p className="muted">
        {clusterCountAtHeight(tree.heights, cuts.sub)} sub-segments · {clusterCountAtHeight(tree.heights, cuts.micro)} micro-segments
        {tree.builtOnMicroClusters ? ` · tree built on ${tree.builtOnMicroClusters.toLocaleString('en')} micro-clusters of the customers` : ''}
      </p>
      {branch && branchShown ? <p data-testid="branch-selection">{branch.rows.length.toLocaleString('en')} customers of this branch selected on the map.</p> : null}
    </div>
  );
}
