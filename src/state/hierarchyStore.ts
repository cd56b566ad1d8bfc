// The tree view's state: the agglomerative tree of the current run, the three cut heights, the live
// silhouette of the segment cut, the selected branch, and the silhouette plot of the run's segments.
import { create } from 'zustand';
import type { Linkage } from '../analysis/agglomerative';
import type { DistanceMetric } from '../analysis/distanceMetric';
import type { CutSilhouetteResult, SilhouettePlotResult, TreeJobResult } from '../workers/hierarchyJob';

export type CutLevel = 'segments' | 'sub' | 'micro';

export type CutHeights = Record<CutLevel, number>;

export type JobStatus = 'idle' | 'running' | 'done' | 'error';

interface HierarchyState {
  /** Run the tree and the plot belong to. */
  runId: number | null;
  linkage: Linkage;
  metric: DistanceMetric;
  treeStatus: JobStatus;
  treeProgress: number;
  treePhase: string;
  treeMessage: string;
  tree: TreeJobResult | null;
  /** Data rows under each leaf of the tree. */
  leafRows: Float64Array | null;
  /** Dataset row of every tree row (the recipe's modelled rows), for selections on the map. */
  rowIds: Int32Array | null;
  /** Heights of the three nested cut lines: segments >= sub >= micro. */
  cuts: CutHeights;
  /** Silhouette of the latest scored segment cut (its n_clusters says which). */
  cutSilhouette: CutSilhouetteResult | null;
  /** The branch last clicked: its scipy node id and its rows (the very array handed to the map's selection). */
  selectedBranch: { node: number; rows: Int32Array } | null;
  plotStatus: JobStatus;
  plotProgress: number;
  plotMessage: string;
  plot: SilhouettePlotResult | null;
}

export const initialHierarchyState: HierarchyState = {
  runId: null, linkage: 'ward', metric: 'euclidean',
  treeStatus: 'idle', treeProgress: 0, treePhase: '', treeMessage: '', tree: null, leafRows: null, rowIds: null,
  cuts: { segments: 0, sub: 0, micro: 0 }, cutSilhouette: null, selectedBranch: null,
  plotStatus: 'idle', plotProgress: 0, plotMessage: '', plot: null,
};

export const useHierarchyStore = create<HierarchyState>(() => initialHierarchyState);
