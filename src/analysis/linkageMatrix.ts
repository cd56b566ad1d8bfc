// Turns the merges an agglomerative algorithm found (in any order) into scipy's linkage matrix:
// rows [idx1, idx2, height, size], sorted by height, cluster n+i created by row i, smaller index first.

/** The merges as found: representatives of the two merged clusters (any member) and the height. */
export interface RawMerges {
  a: Int32Array;
  b: Int32Array;
  height: Float64Array;
}

export function createRawMerges(n: number): RawMerges {
  const m = Math.max(0, n - 1);
  return { a: new Int32Array(m), b: new Int32Array(m), height: new Float64Array(m) };
}

/**
 * scipy's convention: merges sorted by height with a stable sort (ties keep the order in which the
 * algorithm found them), then labelled through a union-find so that row i creates cluster n + i.
 * `leafSizes` (optional) counts rows per leaf when leaves are micro-clusters; the size column sums them.
 */
export function toLinkageMatrix(merges: RawMerges, n: number, leafSizes: Float64Array | null = null): Float64Array {
  const m = merges.height.length;
  const order = Array.from({ length: m }, (_, i) => i);
  order.sort((x, y) => merges.height[x] - merges.height[y] || x - y);
  const parent = new Int32Array(2 * n - 1);
  const clusterOf = new Int32Array(2 * n - 1);
  const size = new Float64Array(2 * n - 1);
  for (let i = 0; i < 2 * n - 1; i++) { parent[i] = i; clusterOf[i] = i; size[i] = i < n ? (leafSizes ? leafSizes[i] : 1) : 0; }
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    while (parent[x] !== root) { const next = parent[x]; parent[x] = root; x = next; }
    return root;
  };
  const Z = new Float64Array(m * 4);
  for (let row = 0; row < m; row++) {
    const k = order[row];
    const rootA = find(merges.a[k]);
    const rootB = find(merges.b[k]);
    if (rootA === rootB) throw new Error('Invalid merge list: the two clusters are already joined');
    const idA = clusterOf[rootA], idB = clusterOf[rootB];
    const newId = n + row;
    Z[row * 4] = Math.min(idA, idB);
    Z[row * 4 + 1] = Math.max(idA, idB);
    Z[row * 4 + 2] = merges.height[k];
    Z[row * 4 + 3] = size[idA] + size[idB];
    size[newId] = Z[row * 4 + 3];
    parent[rootB] = rootA;
    clusterOf[rootA] = newId;
  }
  return Z;
}
