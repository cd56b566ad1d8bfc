// Drives the tree view: builds the current run's agglomerative tree in a worker on the recipe's matrix of
// modelled rows (what the run clustered), moves the nested cut lines, scores the segment cut's
// silhouette (debounced, latest count only), and selects a branch's customers on the map.
import type { Linkage } from '../analysis/agglomerative';
import { branchesAtCount, clusterCountAtHeight, heightForClusterCount, leafRowCounts, rowsUnderNode } from '../analysis/treeCuts';
import type { CutSilhouetteResult, TreeJobResult } from '../workers/hierarchyJob';
import type { AlgorithmChoice } from '../workers/algorithmChoice';
import { useRunStore, type RunRecord } from './runStore';
import { labelsOfModelledRows, modelFeaturesOfRun, type ModelFeatures } from './modelFeatures';
import { nextTask } from '../db/nextTask';
import { setSelection } from './segmentStore';
import { initialHierarchyState, useHierarchyStore, type CutHeights, type CutLevel } from './hierarchyStore';
import { HierarchyWorkerClient, newHierarchyJobId, WorkerTerminatedError } from './hierarchyWorkerClient';

/** Quiet time after the last move of the cut before its silhouette is asked for. */
const SILHOUETTE_DEBOUNCE_MS = 120;

let treeWorker: HierarchyWorkerClient | null = null;
let plotWorker: HierarchyWorkerClient | null = null;
let silhouettes = new Map<number, CutSilhouetteResult>();
/** The run's model matrix, read once per run: tree leaves and plot rows are its rows, mapped to dataset rows by rowIds. */
let model: { runId: number; features: Promise<ModelFeatures> } | null = null;
let scoring: number | null = null;
let debounce: ReturnType<typeof setTimeout> | null = null;
/** The run whose tree is being cut into the next run: that run keeps the tree and its cut lines. */
let treeKeptFromRun: number | null = null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Builds the tree and the silhouette plot of the current run, unless they are already for it. */
export function syncHierarchyWithRun(): void {
  const run = useRunStore.getState().run;
  if (useHierarchyStore.getState().runId === (run?.id ?? null)) return;
  const keep = treeKeptFromRun !== null && treeKeptFromRun === useHierarchyStore.getState().runId;
  treeKeptFromRun = null;
  if (keep && run && useHierarchyStore.getState().tree) {
    // Same rows, same tree: only the segments changed, so only the silhouette plot is computed again.
    useHierarchyStore.setState({ runId: run.id });
    void computeSilhouettePlot();
    return;
  }
  releaseHierarchy();
  if (!run) return;
  useHierarchyStore.setState({ runId: run.id, ...linkageOfRun(run.choice) });
  model = { runId: run.id, features: modelFeaturesOfRun(run.id) };
  // Reported by the tree and the plot; this copy only keeps an early failure from going unhandled.
  model.features.catch(() => undefined);
  void buildTree();
  void computeSilhouettePlot();
}

/** The next run is a cut of the tree of run `fromRun` (null: it is not after all): it keeps that tree. */
export function keepTreeForNextRun(fromRun: number | null): void {
  treeKeptFromRun = fromRun;
}

/** Stops the workers and forgets the tree (the panel closed, or a new run replaces it). */
export function releaseHierarchy(): void {
  treeWorker?.terminate();
  plotWorker?.terminate();
  treeWorker = null;
  plotWorker = null;
  model = null;
  if (debounce) clearTimeout(debounce);
  debounce = null;
  useHierarchyStore.setState(initialHierarchyState);
}

/** An agglomerative run's own linkage and metric; Ward for any other algorithm. */
function linkageOfRun(choice: AlgorithmChoice): { linkage: Linkage; metric: 'euclidean' | 'manhattan' | 'cosine' } {
  if (choice.algorithm === 'agglomerative') return { linkage: choice.params.linkage, metric: choice.params.metric };
  return { linkage: 'ward', metric: 'euclidean' };
}

export function setTreeLinkage(linkage: Linkage): void {
  useHierarchyStore.setState({ linkage });
  void buildTree();
}

export async function buildTree(): Promise<void> {
  const run = useRunStore.getState().run;
  if (!run) return;
  treeWorker?.terminate();
  const client = new HierarchyWorkerClient();
  treeWorker = client;
  silhouettes = new Map();
  scoring = null;
  const { linkage, metric } = useHierarchyStore.getState();
  useHierarchyStore.setState({
    treeStatus: 'running', treeProgress: 0, treePhase: 'Preparing features', treeMessage: '', tree: null, leafRows: null,
    cutSilhouette: null, selectedBranch: null,
  });
  try {
    const { matrix } = await modelFeatures(run);
    // Each copy of a big matrix in a task of its own (validation and the silhouette plot copy it too).
    await nextTask();
    if (client !== treeWorker) return;
    // A copy goes to the worker: a later tree (another linkage) and the plot need the matrix too.
    const data = matrix.data.slice();
    const tree = await client.request({
      kind: 'tree', jobId: newHierarchyJobId(), data, rows: matrix.rows, cols: matrix.cols, prepared: true, linkage, metric, seed: run.seed,
    }, [data.buffer], (treeProgress, treePhase) => useHierarchyStore.setState({ treeProgress, treePhase }));
    if (client !== treeWorker) return;
    useHierarchyStore.setState({ rowIds: (await modelFeatures(run)).rowIds, treeStatus: 'done', treeProgress: 1, treePhase: '', tree, leafRows: leafRowCounts(tree), cuts: initialCuts(tree, run) });
    scheduleCutSilhouette();
  } catch (error) {
    if (error instanceof WorkerTerminatedError || client !== treeWorker) return;
    useHierarchyStore.setState({
      treeStatus: 'error', treePhase: '',
      treeMessage: `The tree could not be built: ${errorText(error)}. Choose another linkage, or check the features in Prepare and run again.`,
    });
  }
}

function modelFeatures(run: RunRecord): Promise<ModelFeatures> {
  if (!model || model.runId !== run.id) model = { runId: run.id, features: modelFeaturesOfRun(run.id) };
  return model.features;
}

/** Cut lines that reproduce the run's segment count, with sub- and micro-segments below it. */
function initialCuts(tree: TreeJobResult, run: RunRecord): CutHeights {
  const segments = Math.min(tree.n, Math.max(2, run.result.segmentCount));
  const agglomerative = run.choice.algorithm === 'agglomerative' ? run.choice.params : null;
  const sub = Math.min(tree.n, Math.max(segments, agglomerative?.sub_segments ?? segments * 2));
  const micro = Math.min(tree.n, Math.max(sub, agglomerative?.micro_segments ?? segments * 4));
  return {
    segments: heightForClusterCount(tree.heights, segments),
    sub: heightForClusterCount(tree.heights, sub),
    micro: heightForClusterCount(tree.heights, micro),
  };
}

/** Moves one cut line; the others move with it when needed so that the levels keep nesting. */
export function setCutHeight(level: CutLevel, height: number): void {
  const { tree, cuts } = useHierarchyStore.getState();
  if (!tree) return;
  const top = tree.n > 1 ? tree.heights[tree.n - 2] * 1.05 : 1;
  const h = Math.max(0, Math.min(top, height));
  const next = { ...cuts, [level]: h };
  if (level === 'segments') { next.sub = Math.min(next.sub, h); next.micro = Math.min(next.micro, next.sub); }
  if (level === 'sub') { next.segments = Math.max(next.segments, h); next.micro = Math.min(next.micro, h); }
  if (level === 'micro') { next.sub = Math.max(next.sub, h); next.segments = Math.max(next.segments, next.sub); }
  useHierarchyStore.setState({ cuts: next });
  scheduleCutSilhouette();
}

/** Segment count of the segment cut line as it is now. */
function currentSegmentCount(): number | null {
  const { tree, cuts } = useHierarchyStore.getState();
  return tree ? clusterCountAtHeight(tree.heights, cuts.segments) : null;
}

function scheduleCutSilhouette(): void {
  if (debounce) clearTimeout(debounce);
  const count = currentSegmentCount();
  const known = count === null ? undefined : silhouettes.get(count);
  if (known) {
    useHierarchyStore.setState({ cutSilhouette: known });
    return;
  }
  debounce = setTimeout(scoreCurrentCut, SILHOUETTE_DEBOUNCE_MS);
}

/**
 * Scores the current segment cut unless a score is already being computed: when that one returns,
 * only the count the line shows by then is scored, so the worker never works through a backlog.
 */
function scoreCurrentCut(): void {
  debounce = null;
  const count = currentSegmentCount();
  const client = treeWorker;
  if (count === null || !client || scoring !== null) return;
  const known = silhouettes.get(count);
  if (known) {
    useHierarchyStore.setState({ cutSilhouette: known });
    return;
  }
  scoring = count;
  client.request({ kind: 'cutSilhouette', jobId: newHierarchyJobId(), n_clusters: count })
    .then((result) => {
      if (client !== treeWorker) return;
      silhouettes.set(count, result);
      scoring = null;
      if (currentSegmentCount() === count) useHierarchyStore.setState({ cutSilhouette: result });
      else scoreCurrentCut();
    })
    .catch((error: unknown) => {
      if (client !== treeWorker) return;
      scoring = null;
      if (!(error instanceof WorkerTerminatedError)) useHierarchyStore.setState({ treeMessage: `The silhouette of this cut failed: ${errorText(error)}.` });
    });
}

/** Selects a branch's customers on the map (tree rows are modelled rows: mapped to dataset rows). */
export function selectBranch(node: number): void {
  const { tree, rowIds } = useHierarchyStore.getState();
  if (!tree || !rowIds) return;
  const rows = rowsUnderNode(tree, node).map((r) => rowIds[r]);
  setSelection(rows, 'elsewhere');
  useHierarchyStore.setState({ selectedBranch: { node, rows } });
}

/** Row counts of the clusters a cut line leaves, largest first. */
export function cutSizes(height: number): Float64Array {
  const { tree, leafRows } = useHierarchyStore.getState();
  if (!tree || !leafRows) return new Float64Array(0);
  return branchesAtCount(tree, leafRows, clusterCountAtHeight(tree.heights, height)).sizes;
}

/** Every customer's silhouette under the run's own segments, grouped for the silhouette plot. */
export async function computeSilhouettePlot(): Promise<void> {
  const run = useRunStore.getState().run;
  if (!run) return;
  plotWorker?.terminate();
  const client = new HierarchyWorkerClient();
  plotWorker = client;
  useHierarchyStore.setState({ plotStatus: 'running', plotProgress: 0, plotMessage: '', plot: null });
  try {
    const features = await modelFeatures(run);
    // Two tasks on: the tree, started together with the plot, copies the matrix in the task between.
    await nextTask();
    await nextTask();
    if (client !== plotWorker) return;
    const labels = labelsOfModelledRows(run.result.labels, features);
    if (!labels) throw new Error('the data changed since this run; run the segmentation again');
    const { matrix } = features;
    const data = matrix.data.slice();
    const plot = await client.request({
      kind: 'silhouettePlot', jobId: newHierarchyJobId(), data, rows: matrix.rows, cols: matrix.cols, prepared: true, labels, seed: run.seed,
    }, [data.buffer, labels.buffer], (plotProgress) => useHierarchyStore.setState({ plotProgress }));
    if (client !== plotWorker) return;
    client.terminate();
    plotWorker = null;
    useHierarchyStore.setState({ plotStatus: 'done', plotProgress: 1, plot: { ...plot, unscored: plot.unscored + features.totalRows - matrix.rows } });
  } catch (error) {
    if (error instanceof WorkerTerminatedError || client !== plotWorker) return;
    client.terminate();
    plotWorker = null;
    useHierarchyStore.setState({
      plotStatus: 'error', plotMessage: `The silhouette plot could not be drawn: ${errorText(error)}. It needs at least two segments; run again with more.`,
    });
  }
}
