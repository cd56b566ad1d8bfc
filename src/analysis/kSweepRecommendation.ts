// Turns the criteria of a k-sweep into one recommended k and a reason in plain words: each criterion
// votes for its best k, the k with most votes wins, ties go to the higher silhouette.

export interface KSweepCriteria {
  k: number;
  silhouette: number;
  calinskiHarabasz: number;
  daviesBouldin: number;
  bic: number | null;
}

export interface KVote {
  criterion: 'silhouette' | 'calinski_harabasz' | 'davies_bouldin' | 'elbow' | 'gap' | 'bic';
  k: number;
  /** How the criterion reads in a sentence, e.g. "highest silhouette (0.41)". */
  phrase: string;
}

export interface KRecommendation {
  k: number;
  reason: string;
  votes: KVote[];
}

export function recommendK(rows: KSweepCriteria[], elbowK: number | null, gapK: number | null): KRecommendation {
  if (rows.length === 0) throw new Error('The sweep has no k to recommend');
  const votes: KVote[] = [];
  const scored = rows.filter((r) => Number.isFinite(r.silhouette));
  const bestSil = argBest(scored.length ? scored : rows, (r) => r.silhouette, 1);
  votes.push({ criterion: 'silhouette', k: bestSil.k, phrase: `highest silhouette (${fixed(bestSil.silhouette, 2)})` });
  const bestCh = argBest(rows, (r) => r.calinskiHarabasz, 1);
  votes.push({ criterion: 'calinski_harabasz', k: bestCh.k, phrase: `highest Calinski-Harabasz (${fixed(bestCh.calinskiHarabasz, 0)})` });
  const bestDb = argBest(rows, (r) => r.daviesBouldin, -1);
  votes.push({ criterion: 'davies_bouldin', k: bestDb.k, phrase: `lowest Davies-Bouldin (${fixed(bestDb.daviesBouldin, 2)})` });
  if (elbowK !== null) votes.push({ criterion: 'elbow', k: elbowK, phrase: 'the elbow of inertia' });
  const ks = new Set(rows.map((r) => r.k));
  if (gapK !== null && ks.has(gapK)) votes.push({ criterion: 'gap', k: gapK, phrase: 'the gap statistic' });
  if (rows.every((r) => r.bic !== null)) {
    const bestBic = argBest(rows, (r) => r.bic as number, -1);
    votes.push({ criterion: 'bic', k: bestBic.k, phrase: `lowest BIC (${fixed(bestBic.bic as number, 0)})` });
  }

  const count = new Map<number, number>();
  for (const v of votes) count.set(v.k, (count.get(v.k) ?? 0) + 1);
  const silhouetteOf = new Map(rows.map((r) => [r.k, Number.isFinite(r.silhouette) ? r.silhouette : -Infinity]));
  let chosen = votes[0].k;
  for (const [k, c] of count) {
    const best = count.get(chosen) as number;
    if (c > best || (c === best && (silhouetteOf.get(k) as number) > (silhouetteOf.get(chosen) as number))) chosen = k;
  }
  const agreeing = votes.filter((v) => v.k === chosen).map((v) => v.phrase);
  let reason = `k = ${chosen}: ${joinWords(agreeing)}`;
  const others = votes.filter((v) => v.k !== chosen && (v.criterion === 'elbow' || v.criterion === 'gap' || v.criterion === 'silhouette' || v.criterion === 'bic'));
  if (agreeing.length === 1 && others.length) {
    reason += `; the criteria disagree (${others.map((v) => `${label(v.criterion)} at k = ${v.k}`).join(', ')})`;
  }
  if (gapK !== null && !ks.has(gapK) && gapK < Math.min(...ks)) {
    reason += `; the gap statistic finds no clearer structure than k = ${gapK}, so treat the segments as a convenient partition rather than natural groups`;
  }
  return { k: chosen, reason, votes };
}

function argBest<T>(items: T[], value: (item: T) => number, sign: 1 | -1): T {
  let best = items[0];
  for (const item of items) if (sign * value(item) > sign * value(best)) best = item;
  return best;
}

function fixed(v: number, digits: number): string {
  return v.toFixed(digits);
}

function joinWords(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function label(criterion: KVote['criterion']): string {
  return { silhouette: 'silhouette', calinski_harabasz: 'Calinski-Harabasz', davies_bouldin: 'Davies-Bouldin', elbow: 'elbow', gap: 'gap', bic: 'BIC' }[criterion];
}
