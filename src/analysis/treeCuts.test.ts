// Tree cuts and branch membership on a hand-checkable linkage and against scipy's fcluster fixture
// (scripts/fixtures/make_hierarchy_density.py).
import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/hierarchy_density.json';
import {
  branchesAtCount, clusterCountAtHeight, clusterOfRowsAtCount, heightForClusterCount, leafRowCounts, leavesUnderNode, rowsUnderNode, steppedCutHeight,
} from './treeCuts';
import { foldDendrogram } from './dendrogramFold';
import { cutTreeByCount } from './cutTree';

// Single linkage of the points 0, 1, 4, 10, 12 on a line: {0,1} at 1, {10,12} at 2, {4,{0,1}} at 3, all at 6.
const hand = {
  n: 5,
  linkage: Float64Array.from([0, 1, 1, 2, 3, 4, 2, 2, 2, 5, 3, 3, 6, 7, 6, 5]),
  heights: Float64Array.from([1, 2, 3, 6]),
  leafOfRow: null,
};
const ones = leafRowCounts(hand);

function scipyTree(index: number) {
  const Z = fixture.linkages[index].Z;
  const n = Z.length + 1;
  return {
    tree: { n, linkage: Float64Array.from(Z.flat()), heights: Float64Array.from(Z, (r) => r[2]), leafOfRow: null },
    maxclust: fixture.linkages[index].maxclust as Record<string, number[]>,
    name: `${fixture.linkages[index].linkage} / ${fixture.linkages[index].metric}`,
  };
}

describe('cut heights', () => {
  it('counts the clusters left at a height, merges at the height included', () => {
    expect(clusterCountAtHeight(hand.heights, 0.5)).toBe(5);
    expect(clusterCountAtHeight(hand.heights, 2)).toBe(3);
    expect(clusterCountAtHeight(hand.heights, 2.5)).toBe(3);
    expect(clusterCountAtHeight(hand.heights, 6)).toBe(1);
  });

  it('finds the middle of the gap that leaves k clusters', () => {
    expect(heightForClusterCount(hand.heights, 5)).toBe(0.5);
    expect(heightForClusterCount(hand.heights, 3)).toBe(2.5);
    expect(heightForClusterCount(hand.heights, 2)).toBe(4.5);
    expect(heightForClusterCount(hand.heights, 1)).toBeGreaterThan(6);
    for (let k = 1; k <= 5; k++) expect(clusterCountAtHeight(hand.heights, heightForClusterCount(hand.heights, k))).toBe(k);
  });

  it('steps one cluster at a time, skipping counts that tied heights make impossible', () => {
    expect(clusterCountAtHeight(hand.heights, steppedCutHeight(hand.heights, 2.5, 1))).toBe(2);
    expect(clusterCountAtHeight(hand.heights, steppedCutHeight(hand.heights, 2.5, -1))).toBe(4);
    expect(steppedCutHeight(hand.heights, 0.5, -1)).toBe(0.5);
    const tied = Float64Array.from([1, 2, 2, 5]);
    const from = heightForClusterCount(tied, 4);
    expect(clusterCountAtHeight(tied, steppedCutHeight(tied, from, 1))).toBe(2);
    expect(clusterCountAtHeight(tied, steppedCutHeight(tied, 3, -1))).toBe(4);
  });
});

describe('branches and their rows', () => {
  it('lists the branches of a cut, largest first, with row counts', () => {
    const cut = branchesAtCount(hand, ones, 3);
    expect(Array.from(cut.nodes)).toEqual([5, 6, 2]);
    expect(Array.from(cut.sizes)).toEqual([2, 2, 1]);
    expect(Array.from(branchesAtCount(hand, ones, 1).nodes)).toEqual([8]);
  });

  it('finds the leaves and rows under a node, through micro-cluster leaves', () => {
    expect(Array.from(leavesUnderNode(hand, 7))).toEqual([2, 0, 1]);
    expect(Array.from(rowsUnderNode(hand, 7))).toEqual([0, 1, 2]);
    const micro = { ...hand, leafOfRow: Int32Array.from([0, 0, 1, 2, 3, 4, 3]) };
    expect(Array.from(leafRowCounts(micro))).toEqual([2, 1, 1, 2, 1]);
    expect(Array.from(rowsUnderNode(micro, 6))).toEqual([4, 5, 6]);
    expect(Array.from(branchesAtCount({ ...micro, linkage: Float64Array.from([0, 1, 1, 3, 3, 4, 2, 3, 2, 5, 3, 4, 6, 7, 6, 7]) },
      leafRowCounts(micro), 2).sizes)).toEqual([4, 3]);
  });

  for (const index of [0, 1, 2, 3]) {
    const { tree, maxclust, name } = scipyTree(index);
    it(`partitions the rows as scipy's fcluster maxclust does (${name})`, () => {
      const leafRows = leafRowCounts(tree);
      for (const [k, labels] of Object.entries(maxclust)) {
        const cut = branchesAtCount(tree, leafRows, Number(k));
        const groups = Array.from(cut.nodes, (node) => Array.from(rowsUnderNode(tree, node)));
        const expected = new Map<number, number[]>();
        labels.forEach((label, row) => expected.set(label, [...(expected.get(label) ?? []), row]));
        const byFirstRow = (a: number[], b: number[]) => a[0] - b[0];
        expect(groups.sort(byFirstRow)).toEqual([...expected.values()].sort(byFirstRow));
        expect(Array.from(cut.sizes)).toEqual([...expected.values()].map((g) => g.length).sort((a, b) => b - a));
      }
    });
  }
});

describe('clusterOfRowsAtCount', () => {
  it('labels a sample of rows as cutTreeByCount labels them, through micro-cluster leaves too', () => {
    const { tree } = scipyTree(1);
    const sample = Int32Array.from([200, 3, 17, 150, 42, 99, 7, 230]);
    for (const k of [2, 3, 5, 8]) {
      const all = cutTreeByCount(tree, k);
      const part = clusterOfRowsAtCount(tree, k, sample);
      // Same partition of the sample: two rows share a label in one exactly when they do in the other.
      for (let a = 0; a < sample.length; a++) {
        for (let b = 0; b < sample.length; b++) expect(part[a] === part[b]).toBe(all[sample[a]] === all[sample[b]]);
      }
      expect(part[0]).toBe(0);
    }
    const micro = { ...hand, leafOfRow: Int32Array.from([0, 0, 1, 2, 3, 4, 3]) };
    expect(Array.from(clusterOfRowsAtCount(micro, 2, Int32Array.from([6, 0, 2, 5])))).toEqual([0, 1, 1, 0]);
  });
});

describe('foldDendrogram', () => {
  it('folds a hand-made tree to its top merges', () => {
    const two = foldDendrogram(hand, ones, 2);
    expect(two.leaves.map((i) => [two.nodes[i].id, two.nodes[i].size, two.nodes[i].x])).toEqual([[6, 2, 0], [7, 3, 1]]);
    expect(two.nodes[two.root]).toMatchObject({ id: 8, x: 0.5, height: 6, size: 5 });
    const three = foldDendrogram(hand, ones, 3);
    expect(three.leaves.map((i) => three.nodes[i].id)).toEqual([6, 2, 5]);
    const seven = three.nodes.find((node) => node.id === 7);
    expect(seven).toMatchObject({ x: 1.5, height: 3, size: 3 });
    expect(three.nodes[three.root].x).toBe(0.75);
    expect(three.maxHeight).toBe(6);
  });

  it('shows every leaf when asked for more leaves than the tree has', () => {
    const all = foldDendrogram(hand, ones, 40);
    expect(all.leaves.map((i) => all.nodes[i].id)).toEqual([3, 4, 2, 0, 1]);
    expect(all.nodes).toHaveLength(9);
  });

  it('has as leaves the clusters of the cut to that many clusters (scipy ward fixture)', () => {
    const { tree } = scipyTree(0);
    const leafRows = leafRowCounts(tree);
    const folded = foldDendrogram(tree, leafRows, 40);
    expect(folded.leaves).toHaveLength(40);
    const leafIds = folded.leaves.map((i) => folded.nodes[i].id).sort((a, b) => a - b);
    expect(leafIds).toEqual(Array.from(branchesAtCount(tree, leafRows, 40).nodes).sort((a, b) => a - b));
    expect(folded.leaves.reduce((s, i) => s + folded.nodes[i].size, 0)).toBe(tree.n);
    // Each leaf's rows are exactly one cluster of scipy-equivalent cut_tree to 40 clusters.
    const labels = cutTreeByCount(tree, 40);
    for (const i of folded.leaves) {
      const rows = rowsUnderNode(tree, folded.nodes[i].id);
      expect(new Set(Array.from(rows, (r) => labels[r])).size).toBe(1);
    }
    for (const node of folded.nodes) {
      if (!node.children) continue;
      for (const c of node.children) expect(folded.nodes[c].height).toBeLessThanOrEqual(node.height);
    }
  });
});
