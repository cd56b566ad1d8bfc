// Worker entry point for the tree view: builds the agglomerative tree on the run's prepared features,
// keeps it to score cuts as the user drags, and computes every customer's silhouette for the plot.
import { fitAgglomerative, type AgglomerativeResult } from '../analysis/agglomerative';
import { silhouetteSamples, SILHOUETTE_EXACT_LIMIT } from '../analysis/silhouette';
import { groupSilhouettes } from '../analysis/silhouetteGroups';
import { sampleIndices, takeLabels, takeRows } from '../analysis/sampleRows';
import { indexLabels } from '../analysis/segmentLabels';
import { clusterOfRowsAtCount } from '../analysis/treeCuts';
import type { Matrix } from '../analysis/matrix';
import { prepareFeatures } from './prepareFeatures';
import {
  CUT_SILHOUETTE_SAMPLE, type CutSilhouetteRequest, CutSilhouetteResult, HierarchyMessage, HierarchyRequest, SilhouettePlotRequest, SilhouettePlotResult,
  TreeJobResult,
} from './hierarchyJob';

/**
 * The tree of the last 'tree' job and a seeded sample of its rows, drawn once: each cut then labels
 * only the sample and scores it, without touching every row again.
 */
let current: { tree: AgglomerativeResult; rows: number; sampleRows: Int32Array; sample: Matrix } | null = null;

const post = (message: HierarchyMessage, transfer: Transferable[] = []): void => {
  (self as unknown as Worker).postMessage(message, transfer);
};

self.onmessage = (event: MessageEvent<HierarchyRequest>) => {
  const job = event.data;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    if (job.kind === 'tree') {
      const X = prepareFeatures({ data: job.data, rows: job.rows, cols: job.cols }, job.prepared).X;
      const tree = fitAgglomerative(X, { linkage: job.linkage, metric: job.linkage === 'ward' ? 'euclidean' : job.metric }, {
        seed: 0,
        onProgress: (fraction, phase) => post({ type: 'progress', jobId: job.jobId, fraction, phase }),
      });
      const sampleRows = sampleIndices(X.rows, CUT_SILHOUETTE_SAMPLE, job.seed);
      current = { tree, rows: X.rows, sampleRows, sample: takeRows(X, sampleRows) };
      // Copies go to the main thread; the worker keeps its tree for the cuts to come.
      const result: TreeJobResult = {
        linkage: tree.linkage.slice(), n: tree.n, heights: tree.heights.slice(), leafOfRow: tree.leafOfRow ? tree.leafOfRow.slice() : null,
        builtOnMicroClusters: tree.builtOnMicroClusters, method: tree.method, metric: tree.metric, seconds: seconds(),
      };
      const transfer: Transferable[] = [result.linkage.buffer, result.heights.buffer];
      if (result.leafOfRow) transfer.push(result.leafOfRow.buffer);
      post({ type: 'result', jobId: job.jobId, result }, transfer);
    } else if (job.kind === 'cutSilhouette') {
      post({ type: 'result', jobId: job.jobId, result: scoreCut(job) });
    } else {
      const result = silhouettePlot(job, seconds);
      post({ type: 'result', jobId: job.jobId, result }, result.groups.map((g) => g.values.buffer));
    }
  } catch (error) {
    post({ type: 'error', jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
  }
};

function scoreCut(job: CutSilhouetteRequest): CutSilhouetteResult {
  if (!current) throw new Error('No tree has been built yet');
  const { tree, rows, sampleRows, sample } = current;
  const labels = clusterOfRowsAtCount(tree, job.n_clusters, sampleRows);
  const k = indexLabels(labels).k;
  const rowsUsed = sample.rows;
  const sampled = rowsUsed < rows;
  if (k < 2 || k >= rowsUsed) return { n_clusters: job.n_clusters, silhouette: null, rowsUsed, sampled };
  const samples = silhouetteSamples(sample, labels);
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i];
  return { n_clusters: job.n_clusters, silhouette: sum / samples.length, rowsUsed, sampled };
}

function silhouettePlot(job: SilhouettePlotRequest, seconds: () => number): SilhouettePlotResult {
  const X = prepareFeatures({ data: job.data, rows: job.rows, cols: job.cols }, job.prepared).X;
  let rows = X;
  let labels = job.labels;
  let sampled: number | null = null;
  if (X.rows > SILHOUETTE_EXACT_LIMIT) {
    const candidates = Int32Array.from({ length: X.rows }, (_, i) => i).filter((i) => job.labels[i] >= 0);
    const chosen = sampleIndices(X.rows, SILHOUETTE_EXACT_LIMIT, job.seed, candidates);
    rows = takeRows(X, chosen);
    labels = takeLabels(job.labels, chosen);
    sampled = chosen.length;
  }
  const samples = silhouetteSamples(rows, labels, {
    seed: job.seed,
    onProgress: (fraction, phase) => post({ type: 'progress', jobId: job.jobId, fraction, phase }),
  });
  const grouped = groupSilhouettes(samples, labels);
  // Rows outside the sample are not scored either; noise is counted over every customer.
  const unscored = X.rows - grouped.scored;
  return { ...grouped, unscored, sampled, seconds: seconds() };
}
