// Makes the tree view's three cut lines the current segmentation: every modelled row labelled at the
// segment, sub- and micro-segment cuts, registered as an agglomerative run (segments table, map, export).
import { cutTreeThreeLevels } from '../analysis/cutTree';
import { clusterCountAtHeight } from '../analysis/treeCuts';
import { useHierarchyStore } from './hierarchyStore';
import { keepTreeForNextRun } from './hierarchyRunner';
import { useRunStore } from './runStore';
import { registerRunFromLabels } from './segmentRunner';

export interface AdoptedCut {
  runId: number;
  segments: number;
  sub_segments: number;
  micro_segments: number;
}

export async function adoptTreeCut(): Promise<AdoptedCut> {
  const { tree, rowIds, cuts, linkage, metric, runId } = useHierarchyStore.getState();
  const run = useRunStore.getState().run;
  if (!tree || !rowIds || !run) throw new Error('The tree is not built yet: wait for it to appear, then try again.');
  const totalRows = run.result.labels.length;
  // The tree holds the rows the recipe models now; they must be the run's, or labels would land on other rows.
  if (rowIds.length + (run.result.leftOut?.rowIds.length ?? 0) !== totalRows) {
    throw new Error('The recipe changed since this run, so the tree is not on its rows: run the segmentation again, then cut the tree.');
  }
  const counts = {
    segments: clusterCountAtHeight(tree.heights, cuts.segments),
    sub_segments: clusterCountAtHeight(tree.heights, cuts.sub),
    micro_segments: clusterCountAtHeight(tree.heights, cuts.micro),
  };
  const levels = cutTreeThreeLevels(tree, counts);
  const overAllRows = (modelled: Int32Array) => {
    const all = new Int32Array(totalRows).fill(-1);
    rowIds.forEach((rowId, i) => { all[rowId] = modelled[i]; });
    return all;
  };
  keepTreeForNextRun(runId);
  const adopted = await registerRunFromLabels({
    choice: {
      algorithm: 'agglomerative',
      params: {
        linkage, metric: metric === 'minkowski' ? 'euclidean' : metric, cut: 'height', n_clusters: counts.segments, height: cuts.segments,
        three_levels: true, sub_segments: counts.sub_segments, micro_segments: counts.micro_segments,
      },
    },
    seed: run.seed,
    labels: overAllRows(levels.segment),
    sub: overAllRows(levels.subSegment),
    micro: overAllRows(levels.microSegment),
    cutHeight: cuts.segments,
    builtOnMicroClusters: tree.builtOnMicroClusters,
    seconds: tree.seconds,
  }).catch((error: unknown) => {
    keepTreeForNextRun(null);
    throw error;
  });
  return { runId: adopted.id, ...counts };
}
