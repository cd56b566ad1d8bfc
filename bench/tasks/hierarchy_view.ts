// Benchmarks of the tree and silhouette step: one live cut (labels + silhouette on a 2,000-row sample),
// the main-thread work of a drag frame and of a branch click, and the 20k silhouette plot.
import { line, makeBlobs, runReference, timed, type BenchTask } from '../harness';
import { fitAgglomerative } from '../../src/analysis/agglomerative';
import { silhouetteSamples } from '../../src/analysis/silhouette';
import { sampleIndices, takeRows } from '../../src/analysis/sampleRows';
import { groupSilhouettes } from '../../src/analysis/silhouetteGroups';
import { foldDendrogram } from '../../src/analysis/dendrogramFold';
import { branchesAtCount, clusterOfRowsAtCount, leafRowCounts, rowsUnderNode } from '../../src/analysis/treeCuts';

/** A cut must answer while the line is dragged. */
const CUT_BUDGET_SECONDS = 0.1;
/** Main-thread work per frame of dragging or clicking. */
const FRAME_BUDGET_SECONDS = 0.016;

export const tasks: BenchTask[] = [
  {
    name: 'tree-view-100k',
    run: async () => {
      const { X } = makeBlobs(100_000, 10, 8, 4, 2);
      const tree = fitAgglomerative(X, { linkage: 'ward' }, { seed: 0 });
      const counts = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12];
      // As the worker does: the sample is drawn once per tree, each cut labels and scores only it.
      const sampleRows = sampleIndices(X.rows, 2000, 0);
      const sample = takeRows(X, sampleRows);
      const cuts = await timed(() => {
        for (const k of counts) silhouetteSamples(sample, clusterOfRowsAtCount(tree, k, sampleRows));
      });
      const perCut = cuts.seconds / counts.length;
      const leafRows = leafRowCounts(tree);
      // A frame of dragging: the fold (memoised per tree in the view, timed anyway) and the cut's branch sizes.
      const frames = await timed(() => {
        for (const k of counts) {
          if (foldDendrogram(tree, leafRows, 40).leaves.length === 0) throw new Error('empty fold');
          branchesAtCount(tree, leafRows, k);
        }
      });
      const perFrame = frames.seconds / counts.length;
      // A click on a branch: the rows under the largest branch of a two-segment cut.
      const largest = branchesAtCount(tree, leafRows, 2).nodes[0];
      const click = await timed(() => rowsUnderNode(tree, largest));
      return [
        line('tree-view-cut-silhouette-100k', X, perCut, null, undefined, {
          budget: `${CUT_BUDGET_SECONDS} s per cut`, within_budget: perCut <= CUT_BUDGET_SECONDS, sample: 2000, leaves: tree.n,
        }),
        line('tree-view-frame-100k', X, perFrame, null, undefined, {
          budget: `${FRAME_BUDGET_SECONDS} s per frame`, within_budget: perFrame <= FRAME_BUDGET_SECONDS, leaves: tree.n,
        }),
        line('tree-view-branch-click-100k', X, click.seconds, null, undefined, {
          budget: `${FRAME_BUDGET_SECONDS} s`, within_budget: click.seconds <= FRAME_BUDGET_SECONDS, rows_selected: click.value.length,
        }),
      ];
    },
  },
  {
    name: 'silhouette-plot-20k',
    run: async () => {
      const { X, labels } = makeBlobs(20_000, 10, 8, 5, 2);
      const ours = await timed(() => groupSilhouettes(silhouetteSamples(X, labels), labels));
      // scikit-learn's silhouette_score computes every sample's silhouette too: the same work.
      const ref = runReference('silhouette', X, { labels: Array.from(labels) });
      return [line('silhouette-plot-20k', X, ours.seconds, ref, 1.5, {
        overall_mean: ours.value.overallMean, reference_score: ref?.score ?? null,
      })];
    },
  },
];
