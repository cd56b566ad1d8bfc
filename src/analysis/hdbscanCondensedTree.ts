// HDBSCAN's condensed tree and excess-of-mass cluster selection (Campello et al. 2013), following the
// hdbscan library and scikit-learn 1.3's _tree.pyx: condense, stabilities, select, label, probabilities.

/** Edges parent -> child; children below n are points, clusters are numbered from n (the root). */
export interface CondensedTree {
  parent: Int32Array;
  child: Int32Array;
  /** 1 / distance at which the child leaves the parent. */
  lambda: Float64Array;
  childSize: Int32Array;
  /** Number of points (the root cluster's id). */
  n: number;
  /** Number of clusters, root included (ids n .. n + clusterCount - 1). */
  clusterCount: number;
}

/** Condenses a single-linkage tree (scipy format) so that only splits into two clusters of at least min_cluster_size remain. */
export function condenseTree(linkage: Float64Array, n: number, minClusterSize: number): CondensedTree {
  const parent: number[] = [], child: number[] = [], lambda: number[] = [], childSize: number[] = [];
  const sizeOf = (node: number): number => (node < n ? 1 : linkage[(node - n) * 4 + 3]);
  const relabel = new Int32Array(2 * n - 1);
  let nextLabel = n + 1;
  const root = 2 * n - 2;
  relabel[root] = n;
  /** Every point below node leaves `cluster` at `lambdaValue`. */
  const dropPoints = (node: number, cluster: number, lambdaValue: number): void => {
    const stack = [node];
    while (stack.length) {
      const v = stack.pop() as number;
      if (v < n) { parent.push(cluster); child.push(v); lambda.push(lambdaValue); childSize.push(1); continue; }
      stack.push(linkage[(v - n) * 4], linkage[(v - n) * 4 + 1]);
    }
  };
  // Breadth-first from the root (the library's order, which fixes cluster ids); a node either continues
  // its parent's cluster or starts a new one.
  const pending = n > 1 ? [root] : [];
  for (let head = 0; head < pending.length; head++) {
    const node = pending[head];
    const row = (node - n) * 4;
    const left = linkage[row], right = linkage[row + 1], distance = linkage[row + 2];
    const lambdaValue = distance > 0 ? 1 / distance : Infinity;
    const leftCount = sizeOf(left), rightCount = sizeOf(right);
    const cluster = relabel[node];
    const leftBig = leftCount >= minClusterSize, rightBig = rightCount >= minClusterSize;
    if (leftBig && rightBig) {
      for (const [side, count] of [[left, leftCount], [right, rightCount]]) {
        relabel[side] = nextLabel++;
        parent.push(cluster); child.push(relabel[side]); lambda.push(lambdaValue); childSize.push(count);
        if (side >= n) pending.push(side);
      }
    } else {
      for (const [side, big] of [[left, leftBig], [right, rightBig]] as const) {
        if (big) {
          relabel[side] = cluster;
          if (side >= n) pending.push(side);
        } else {
          dropPoints(side, cluster, lambdaValue);
        }
      }
    }
  }
  return {
    parent: Int32Array.from(parent), child: Int32Array.from(child), lambda: Float64Array.from(lambda),
    childSize: Int32Array.from(childSize), n, clusterCount: nextLabel - n,
  };
}

export interface ClusterSelection {
  labels: Int32Array;
  probabilities: Float64Array;
  /** Selected cluster ids of the condensed tree, in label order. */
  selected: Int32Array;
  /** Stability (excess of mass) of each selected cluster. */
  persistence: Float64Array;
}

/** Excess-of-mass selection without the root (allow_single_cluster = False), then labels and membership strengths. */
export function selectClusters(tree: CondensedTree): ClusterSelection {
  const { n, clusterCount } = tree;
  const m = tree.parent.length;
  const birth = new Float64Array(clusterCount);
  const stability = new Float64Array(clusterCount);
  const death = new Float64Array(clusterCount);
  for (let e = 0; e < m; e++) if (tree.child[e] >= n) birth[tree.child[e] - n] = tree.lambda[e];
  for (let e = 0; e < m; e++) {
    const p = tree.parent[e] - n;
    const lambdaValue = tree.lambda[e];
    stability[p] += (lambdaValue - birth[p]) * tree.childSize[e];
    if (lambdaValue > death[p]) death[p] = lambdaValue;
  }
  const childrenOf: number[][] = Array.from({ length: clusterCount }, () => []);
  for (let e = 0; e < m; e++) if (tree.child[e] >= n) childrenOf[tree.parent[e] - n].push(tree.child[e] - n);
  const isSelected = new Uint8Array(clusterCount);
  const ownStability = Float64Array.from(stability);
  // Children have larger ids than parents, so a reverse sweep sees every subtree before its root.
  for (let c = clusterCount - 1; c >= 1; c--) {
    let subtree = 0;
    for (const k of childrenOf[c]) subtree += stability[k];
    if (subtree > stability[c]) {
      stability[c] = subtree;
    } else {
      isSelected[c] = 1;
      const stack = [...childrenOf[c]];
      while (stack.length) {
        const k = stack.pop() as number;
        isSelected[k] = 0;
        stack.push(...childrenOf[k]);
      }
    }
  }
  const selected: number[] = [];
  const labelOf = new Int32Array(clusterCount).fill(-1);
  for (let c = 1; c < clusterCount; c++) if (isSelected[c]) { labelOf[c] = selected.length; selected.push(c); }
  // Label of each cluster: its own if selected, otherwise the nearest selected ancestor's (parents first).
  const parentOf = new Int32Array(clusterCount).fill(-1);
  for (let e = 0; e < m; e++) if (tree.child[e] >= n) parentOf[tree.child[e] - n] = tree.parent[e] - n;
  const inherited = new Int32Array(clusterCount).fill(-1);
  const owner = new Int32Array(clusterCount).fill(-1);
  for (let c = 1; c < clusterCount; c++) {
    inherited[c] = isSelected[c] ? labelOf[c] : inherited[parentOf[c]];
    owner[c] = isSelected[c] ? c : owner[parentOf[c]];
  }
  const labels = new Int32Array(n).fill(-1);
  const probabilities = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const point = tree.child[e];
    if (point >= n) continue;
    const c = tree.parent[e] - n;
    labels[point] = inherited[c];
    if (inherited[c] < 0) continue;
    const maxLambda = death[owner[c]];
    const lambdaValue = tree.lambda[e];
    probabilities[point] = maxLambda === 0 || !Number.isFinite(lambdaValue) ? 1 : Math.min(lambdaValue, maxLambda) / maxLambda;
  }
  return {
    labels, probabilities, selected: Int32Array.from(selected, (c) => c + n),
    persistence: Float64Array.from(selected, (c) => ownStability[c]),
  };
}
