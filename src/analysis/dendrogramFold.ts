// A dendrogram folded to its top merges for drawing: the clusters left after all but the last
// `maxLeaves - 1` merges become leaves (with their row counts), laid out left to right as scipy does.
import type { Dendrogram } from './cutTree';
import { nodeRowCount } from './treeCuts';

export interface FoldedNode {
  /** scipy node id: < n for a data leaf, n + i for the cluster made by merge i. */
  id: number;
  /** Horizontal position in leaf units: folded leaves at 0, 1, 2, ...; a merge midway between its children. */
  x: number;
  /** Merge height of an internal node; 0 for a folded leaf (drawn on the axis, like scipy's truncated view). */
  height: number;
  /** Data rows under the node. */
  size: number;
  /** Indices into `nodes` of the two children, or null for a folded leaf. */
  children: [number, number] | null;
}

export interface FoldedDendrogram {
  nodes: FoldedNode[];
  /** Index in `nodes` of the root. */
  root: number;
  /** Indices in `nodes` of the folded leaves, left to right. */
  leaves: number[];
  /** Height of the root merge (0 for a one-leaf tree). */
  maxHeight: number;
}

export function foldDendrogram(tree: Pick<Dendrogram, 'n' | 'linkage'>, leafRows: Float64Array, maxLeaves: number): FoldedDendrogram {
  const { n, linkage } = tree;
  const shown = Math.max(1, Math.min(n, Math.floor(maxLeaves)));
  // Nodes made by the last `shown - 1` merges stay open; anything older is a folded leaf.
  const firstOpen = n + (n - shown);
  const nodes: FoldedNode[] = [];
  const leaves: number[] = [];
  const place = (id: number): number => {
    if (id < firstOpen) {
      const index = nodes.push({ id, x: leaves.length, height: 0, size: nodeRowCount(tree, leafRows, id), children: null }) - 1;
      leaves.push(index);
      return index;
    }
    const i = id - n;
    // Depth is at most `shown`, so recursion stays shallow.
    const left = place(linkage[i * 4]);
    const right = place(linkage[i * 4 + 1]);
    return nodes.push({
      id, x: (nodes[left].x + nodes[right].x) / 2, height: linkage[i * 4 + 2], size: linkage[i * 4 + 3], children: [left, right],
    }) - 1;
  };
  const root = place(2 * n - 2);
  return { nodes, root, leaves, maxHeight: n > 1 ? linkage[(n - 2) * 4 + 2] : 0 };
}
