// The clusters a dendrogram cut leaves: segment count at a height, a height for a count, the branch
// nodes of a cut with their row counts, and the data rows under any branch (tree view and selections).
import type { Dendrogram } from './cutTree';

/** Number of merges with height <= h (heights are sorted ascending). */
export function mergesAtOrBelow(heights: ArrayLike<number>, h: number): number {
  let lo = 0, hi = heights.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (heights[mid] <= h) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Clusters left by a cut at height h: leaves minus the merges at or below it. */
export function clusterCountAtHeight(heights: ArrayLike<number>, h: number): number {
  return heights.length + 1 - mergesAtOrBelow(heights, h);
}

/**
 * A height that leaves exactly k clusters (the middle of the gap between the two merges that bound
 * it), or the nearest count reachable when tied heights make k impossible; above the root for k = 1.
 */
export function heightForClusterCount(heights: ArrayLike<number>, k: number): number {
  const n = heights.length + 1;
  const count = Math.max(1, Math.min(n, Math.round(k)));
  if (n === 1) return 0;
  const top = heights[n - 2];
  if (count === 1) return top + Math.max(top * 0.02, 1e-9);
  const below = count === n ? 0 : heights[n - count - 1];
  const above = heights[n - count];
  return (below + above) / 2;
}

/** Data rows under every leaf of the tree (1 each unless it was built on micro-clusters). */
export function leafRowCounts(tree: Pick<Dendrogram, 'n' | 'leafOfRow'>): Float64Array {
  const counts = new Float64Array(tree.n);
  if (!tree.leafOfRow) return counts.fill(1);
  for (let r = 0; r < tree.leafOfRow.length; r++) counts[tree.leafOfRow[r]]++;
  return counts;
}

/** Rows under a node: a leaf's row count, or the size column of the merge that made it. */
export function nodeRowCount(tree: Pick<Dendrogram, 'n' | 'linkage'>, leafRows: Float64Array, node: number): number {
  return node < tree.n ? leafRows[node] : tree.linkage[(node - tree.n) * 4 + 3];
}

export interface CutBranches {
  /** scipy node ids of the clusters left after the cut, largest first. */
  nodes: Int32Array;
  /** Data rows in each of those clusters. */
  sizes: Float64Array;
}

/** The k branches a cut to k clusters leaves, with their row counts, in O(n) without labelling rows. */
export function branchesAtCount(tree: Pick<Dendrogram, 'n' | 'linkage'>, leafRows: Float64Array, k: number): CutBranches {
  const { n, linkage } = tree;
  const applied = n - Math.max(1, Math.min(n, Math.floor(k)));
  // A node survives the cut when it exists after `applied` merges and its own parent merge is not applied.
  const merged = new Uint8Array(2 * n - 1);
  for (let i = 0; i < applied; i++) {
    merged[linkage[i * 4]] = 1;
    merged[linkage[i * 4 + 1]] = 1;
  }
  const nodes: number[] = [];
  for (let v = 0; v < n + applied; v++) if (!merged[v]) nodes.push(v);
  const sizes = nodes.map((v) => nodeRowCount(tree, leafRows, v));
  const order = nodes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || nodes[a] - nodes[b]);
  return { nodes: Int32Array.from(order, (i) => nodes[i]), sizes: Float64Array.from(order, (i) => sizes[i]) };
}

/** Leaves (0..n-1) under a node, in the tree's left-to-right order. */
export function leavesUnderNode(tree: Pick<Dendrogram, 'n' | 'linkage'>, node: number): Int32Array {
  const { n, linkage } = tree;
  const out: number[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    if (v < n) { out.push(v); continue; }
    const i = v - n;
    stack.push(linkage[i * 4 + 1], linkage[i * 4]);
  }
  return Int32Array.from(out);
}

/** Data rows (0-based, ascending) under a node of the tree. */
export function rowsUnderNode(tree: Pick<Dendrogram, 'n' | 'linkage' | 'leafOfRow'>, node: number): Int32Array {
  const leaves = leavesUnderNode(tree, node);
  if (!tree.leafOfRow) return leaves.sort();
  const inside = new Uint8Array(tree.n);
  for (let i = 0; i < leaves.length; i++) inside[leaves[i]] = 1;
  const { leafOfRow } = tree;
  // Two passes into a typed array: a million rows never go through a JS array.
  let count = 0;
  for (let r = 0; r < leafOfRow.length; r++) count += inside[leafOfRow[r]];
  const rows = new Int32Array(count);
  for (let r = 0, next = 0; r < leafOfRow.length; r++) if (inside[leafOfRow[r]]) rows[next++] = r;
  return rows;
}

/**
 * The cut height one step up (direction 1: one cluster fewer) or down (-1: one more) from h, skipping
 * counts that tied merge heights make impossible; h itself when there is no further step.
 */
export function steppedCutHeight(heights: ArrayLike<number>, h: number, direction: 1 | -1): number {
  const n = heights.length + 1;
  const count = clusterCountAtHeight(heights, h);
  for (let k = count - direction; k >= 1 && k <= n; k -= direction) {
    const candidate = heightForClusterCount(heights, k);
    const reached = clusterCountAtHeight(heights, candidate);
    if (direction === 1 ? reached < count : reached > count) return candidate;
  }
  return h;
}

/**
 * Cluster (0-based, by first appearance among `rows`) of the given data rows after a cut to k
 * clusters: cutTreeByCount restricted to a sample, in O(leaves + sample) instead of O(all rows).
 */
export function clusterOfRowsAtCount(tree: Pick<Dendrogram, 'n' | 'linkage' | 'leafOfRow'>, k: number, rows: Int32Array): Int32Array {
  const { n, linkage } = tree;
  const applied = n - Math.max(1, Math.min(n, Math.floor(k)));
  const parent = new Int32Array(2 * n - 1).fill(-1);
  for (let i = 0; i < applied; i++) {
    parent[linkage[i * 4]] = n + i;
    parent[linkage[i * 4 + 1]] = n + i;
  }
  // Parents have larger ids than their children: resolving from the top down finds each node's cluster.
  const root = new Int32Array(2 * n - 1);
  for (let v = 2 * n - 2; v >= 0; v--) root[v] = parent[v] < 0 ? v : root[parent[v]];
  const labelOfRoot = new Int32Array(2 * n - 1).fill(-1);
  const labels = new Int32Array(rows.length);
  let next = 0;
  for (let i = 0; i < rows.length; i++) {
    const top = root[tree.leafOfRow ? tree.leafOfRow[rows[i]] : rows[i]];
    if (labelOfRoot[top] < 0) labelOfRoot[top] = next++;
    labels[i] = labelOfRoot[top];
  }
  return labels;
}
