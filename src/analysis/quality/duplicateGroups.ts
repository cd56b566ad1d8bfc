// Groups records linked by similar pairs into duplicate groups, and scores found groups against known
// duplicate pairs (precision and recall, for tests and the bench). Two ways to group: connected
// components (union-find) and groups around a first record, which do not chain A~B~C~D into one.

/** Connected components of `pairs` over items 0..count-1; only groups of two or more, each sorted, ordered by first item. */
export function groupPairs(count: number, pairs: Array<[number, number]>): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i); else groups.set(root, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0] - b[0]);
}

/**
 * Groups around a first record: records in order, each one not yet grouped starts a group holding
 * every ungrouped record similar to it. "Jean Martin" ~ "Jean Martel" ~ "Jean Marcel" does not chain
 * the first and the last together, as connected components would. Only groups of two or more.
 */
export function groupAroundFirst(count: number, pairs: Array<[number, number]>): number[][] {
  const neighbours = new Map<number, number[]>();
  const link = (a: number, b: number) => {
    const list = neighbours.get(a);
    if (list) list.push(b); else neighbours.set(a, [b]);
  };
  for (const [a, b] of pairs) {
    if (a === b) continue;
    link(a, b);
    link(b, a);
  }
  const grouped = new Uint8Array(count);
  const groups: number[][] = [];
  for (const first of [...neighbours.keys()].sort((a, b) => a - b)) {
    if (grouped[first]) continue;
    const members = [first, ...(neighbours.get(first) ?? []).filter((m) => !grouped[m])];
    const unique = [...new Set(members)].sort((a, b) => a - b);
    if (unique.length < 2) continue;
    for (const m of unique) grouped[m] = 1;
    groups.push(unique);
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

export interface PairScore {
  /** Pairs within found groups that are true pairs, over all pairs within found groups. */
  precision: number;
  /** True pairs that ended in one group, over all true pairs. */
  recall: number;
  foundPairs: number;
  truePairs: number;
}

/** Pairwise precision and recall of `groups` (lists of record ids) against `truePairs`. */
export function scoreGroups(groups: number[][], truePairs: Array<[number, number]>): PairScore {
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((id) => groupOf.set(id, k)));
  let foundPairs = 0;
  for (const g of groups) foundPairs += (g.length * (g.length - 1)) / 2;
  const truth = new Set(truePairs.map(([a, b]) => pairKey(a, b)));
  let hits = 0;
  for (const key of truth) {
    const [a, b] = key.split(':').map(Number);
    const ga = groupOf.get(a);
    if (ga !== undefined && ga === groupOf.get(b)) hits++;
  }
  return {
    precision: foundPairs === 0 ? 1 : hits / foundPairs,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    foundPairs,
    truePairs: truth.size,
  };
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}
