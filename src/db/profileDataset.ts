// Profiles every column of `dataset` in a few SQL queries (one grouping of every column's values, one pass
// for the means, one binned scan for wide histograms) and proposes which columns to use as clustering features.
import { sqlIdentifier, type Database } from './database';
import type { DatasetInfo } from './ingestCsv';
import { columnKind, isBooleanVocabulary, isIntegerType, type ColumnKind } from './columnKind';

export interface ColumnProfile {
  name: string;
  sqlType: string;
  kind: ColumnKind;
  missing: number;
  distinct: number;
  /** Numeric columns only. */
  min?: number;
  mean?: number;
  max?: number;
  /** Date columns only: first and last value as ISO text. */
  earliest?: string;
  latest?: string;
  /** Non-numeric columns: the 5 most frequent values (ties by value); empty when every value is distinct. */
  topValues?: Array<{ value: string; count: number }>;
  /** Numeric columns: HISTOGRAM_BINS equal-width bins over [min, max], the last one closed (numpy's rule). */
  histogram: { edges: number[]; counts: number[] };
  featureSuggestion: { proposed: boolean; reason: string };
}

export const HISTOGRAM_BINS = 20;
export const TOP_VALUES = 5;
/**
 * Every column's values are grouped once in SQL (its exact distinct count). Columns of at most this many
 * distinct values bring their value counts back (histogram binned in JS, top values); the wider ones bring
 * only their count and top values, and get DuckDB's binned histogram.
 */
const PROFILED_FROM_COUNTS = 10_000;

/** One column's values and how often each occurs (non-missing only). */
interface ValueCounts {
  /** Numeric columns: the values as doubles; others: as text. */
  numbers: number[];
  texts: string[];
  counts: number[];
}

/** What a row of groupValues' result holds: a value count, a wide column's distinct count, or one of its top values. */
const COUNTS = 0;
const DISTINCT = 1;
const TOP = 2;
const MIN = 3;
const MAX = 4;

/** One column's grouped values: the exact distinct count, and value counts when few, else the top values. */
interface GroupedValues {
  distinct: number;
  nonMissing: number;
  /** Numeric columns: doubles; dates: ISO text; null for text or when every value is missing. */
  min: unknown;
  max: unknown;
  valueCounts: ValueCounts | null;
  topValues: Array<{ value: string; count: number }>;
}

export async function profileDataset(db: Database, info: DatasetInfo): Promise<ColumnProfile[]> {
  const { columns } = info;
  if (columns.length === 0) return [];
  const aggregates = ['count(*)::DOUBLE AS total'];
  columns.forEach(({ name, sqlType, allDistinct }, i) => {
    const q = sqlIdentifier(name);
    const kind = columnKind(sqlType);
    // Counts, minima and maxima come with the grouped values (see groupValues), but for columns known to
    // hold distinct values: nothing to group there (their distinct count is their count).
    if (kind === 'numeric') aggregates.push(`avg(${q}::DOUBLE) AS mean_${i}`);
    if (allDistinct) {
      aggregates.push(`count(${q})::DOUBLE AS present_${i}`);
      if (kind === 'numeric') aggregates.push(`min(${q})::DOUBLE AS min_${i}`, `max(${q})::DOUBLE AS max_${i}`);
      if (kind === 'date') aggregates.push(`min(${q})::VARCHAR AS min_${i}`, `max(${q})::VARCHAR AS max_${i}`);
    }
  });
  const summary = await db.query(`SELECT ${aggregates.join(', ')} FROM dataset`);
  const cell = (name: string): unknown => summary.getChild(name)?.get(0) ?? null;
  const total = Number(cell('total'));
  const grouped = await groupValues(db, columns);
  columns.forEach(({ allDistinct }, i) => {
    if (!allDistinct) return;
    const present = Number(cell(`present_${i}`));
    grouped[i] = { distinct: present, nonMissing: present, min: cell(`min_${i}`), max: cell(`max_${i}`), valueCounts: null, topValues: [] };
  });
  const valueCounts = grouped.map((g) => g.valueCounts);

  const profiles: ColumnProfile[] = columns.map(({ name, sqlType }, i) => {
    const kind = columnKind(sqlType);
    const { nonMissing, distinct, min, max } = grouped[i];
    const profile: ColumnProfile = {
      name, sqlType, kind, missing: total - nonMissing, distinct,
      histogram: { edges: [], counts: [] },
      featureSuggestion: suggestFeature(kind, sqlType, total, nonMissing, distinct),
    };
    if (kind === 'numeric' && nonMissing > 0) {
      profile.min = Number(min);
      profile.max = Number(max);
      profile.mean = Number(cell(`mean_${i}`));
    } else if (kind === 'date' && nonMissing > 0) {
      profile.earliest = String(min);
      profile.latest = String(max);
    } else if (kind !== 'numeric') {
      profile.topValues = [];
    }
    return profile;
  });

  await fillHistograms(db, profiles, total, valueCounts);
  fillTopValues(profiles, total, grouped);
  return profiles;
}

/**
 * Every column's values grouped once (a materialised CTE each), in one query: a narrow column's rows are its
 * value counts; a wide one's are its distinct count (n NULL) and, when not numeric, its top values.
 */
async function groupValues(db: Database, columns: Array<{ name: string; sqlType: string; allDistinct?: boolean }>): Promise<GroupedValues[]> {
  const found: GroupedValues[] = columns.map(() => ({ distinct: 0, nonMissing: 0, min: null, max: null, valueCounts: null, topValues: [] }));
  const ctes: string[] = [];
  const parts: string[] = [];
  columns.forEach((c, i) => {
    if (c.allDistinct) return;
    const q = sqlIdentifier(c.name);
    const kind = columnKind(c.sqlType);
    const numeric = kind === 'numeric';
    const g = `g${i}`;
    const distinct = `(SELECT count(*) FROM ${g})`;
    ctes.push(`${g} AS MATERIALIZED (SELECT ${q} AS v, count(*)::DOUBLE AS n FROM dataset WHERE ${q} IS NOT NULL GROUP BY ${q})`);
    parts.push(`SELECT ${i} AS col, ${numeric ? 'v::DOUBLE' : 'NULL::DOUBLE'} AS v, ${numeric ? 'NULL::VARCHAR' : 'CAST(v AS VARCHAR)'} AS value, ` +
      `n, ${COUNTS} AS part FROM ${g} WHERE ${distinct} <= ${PROFILED_FROM_COUNTS}`);
    parts.push(`SELECT ${i}, NULL, NULL, count(*)::DOUBLE, ${DISTINCT} FROM ${g} HAVING count(*) > ${PROFILED_FROM_COUNTS}`);
    // The column's non-missing count with its minimum, then its maximum (as doubles, or dates as text).
    for (const [part, extreme] of [[MIN, 'min'], [MAX, 'max']] as const) {
      const v = numeric ? `${extreme}(v)::DOUBLE` : 'NULL';
      const text = kind === 'date' ? `${extreme}(v)::VARCHAR` : 'NULL';
      parts.push(`SELECT ${i}, ${v}, ${text}, sum(n), ${part} FROM ${g}`);
    }
    if (!numeric) {
      parts.push(`(SELECT ${i}, NULL, CAST(v AS VARCHAR) AS value, n, ${TOP} FROM ${g} WHERE ${distinct} > ${PROFILED_FROM_COUNTS} ` +
        `ORDER BY n DESC, value LIMIT ${TOP_VALUES})`);
    }
  });
  if (parts.length === 0) return found;
  const result = await db.query(`WITH ${ctes.join(', ')} ${parts.join(' UNION ALL ')}`);
  const cols = result.getChild('col')?.toArray() as Int32Array;
  const numbers = result.getChild('v');
  const texts = result.getChild('value');
  const counts = result.getChild('n');
  const kinds = result.getChild('part')?.toArray() as Int32Array;
  for (let r = 0; r < result.numRows; r++) {
    const entry = found[cols[r]];
    const count = Number(counts?.get(r));
    if (kinds[r] === DISTINCT) entry.distinct = count;
    else if (kinds[r] === MIN) [entry.min, entry.nonMissing] = [numbers?.get(r) ?? texts?.get(r) ?? null, count];
    else if (kinds[r] === MAX) entry.max = numbers?.get(r) ?? texts?.get(r) ?? null;
    else if (kinds[r] === TOP) entry.topValues.push({ value: String(texts?.get(r)), count });
    else {
      entry.valueCounts ??= { numbers: [], texts: [], counts: [] };
      const v: unknown = numbers?.get(r);
      if (v === null || v === undefined) entry.valueCounts.texts.push(String(texts?.get(r)));
      else entry.valueCounts.numbers.push(Number(v));
      entry.valueCounts.counts.push(count);
      entry.distinct = entry.valueCounts.counts.length;
    }
  }
  return found;
}

function suggestFeature(kind: ColumnKind, sqlType: string, total: number, nonMissing: number, distinct: number): ColumnProfile['featureSuggestion'] {
  if (kind !== 'numeric') return { proposed: false, reason: 'not numeric' };
  if (nonMissing === 0) return { proposed: false, reason: 'empty: every value is missing' };
  if (distinct === 1) return { proposed: false, reason: 'constant: a single value' };
  // Whole numbers all different across a complete column are keys (customer ids), not measures;
  // a continuous measure such as a spend is often all-distinct too, so it stays proposed.
  if (isIntegerType(sqlType) && total > 1 && nonMissing === total && distinct === total) {
    return { proposed: false, reason: 'identifier: every value is distinct' };
  }
  return { proposed: true, reason: `numeric, ${distinct} distinct values` };
}

/**
 * Equal-width bins of every numeric column in ONE scan: DuckDB's binned histogram puts a value in the first
 * bucket whose boundary is >= it, so the boundaries are the doubles just below each inner edge (a value equal
 * to an edge opens the next bin, as in numpy) and the maximum (the last bin is closed).
 */
async function fillHistograms(db: Database, profiles: ColumnProfile[], total: number, valueCounts: Array<ValueCounts | null>): Promise<void> {
  const parts: string[] = [];
  const binned: Array<{ profile: ColumnProfile; boundaries: number[] }> = [];
  profiles.forEach((p, i) => {
    if (p.kind !== 'numeric' || p.min === undefined || p.max === undefined) return;
    const { min, max } = p;
    if (!Number.isFinite(min) || !Number.isFinite(max)) return;
    if (min === max) {
      p.histogram = { edges: [min, max], counts: [total - p.missing] };
      return;
    }
    const width = (max - min) / HISTOGRAM_BINS;
    const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, k) => (k === HISTOGRAM_BINS ? max : min + k * width));
    p.histogram = { edges, counts: new Array<number>(HISTOGRAM_BINS).fill(0) };
    const counted = valueCounts[i];
    if (counted) {
      counted.numbers.forEach((v, r) => { p.histogram.counts[binOf(v, edges)] += counted.counts[r]; });
      return;
    }
    const boundaries = [...edges.slice(1, HISTOGRAM_BINS).map(doubleBelow), max];
    // Edges too close to tell apart as doubles (a tiny range far from zero): the column keeps empty bins.
    if (boundaries.some((b, k) => k > 0 && b <= boundaries[k - 1])) return;
    parts.push(`map_values(histogram(${sqlIdentifier(p.name)}::DOUBLE, [${boundaries.map(doubleLiteral).join(', ')}])) AS h${binned.length}`);
    binned.push({ profile: p, boundaries });
  });
  if (parts.length === 0) return;
  const result = await db.query(`SELECT ${parts.join(', ')} FROM dataset`);
  binned.forEach(({ profile }, j) => {
    const counts = result.getChild(`h${j}`)?.get(0)?.toArray() as BigUint64Array | undefined;
    // Buckets come in boundary order; no value lies above the maximum, so there is no overflow bucket.
    if (counts) profile.histogram.counts = Array.from(counts.slice(0, HISTOGRAM_BINS), Number);
  });
}

/** The bin [edges[k], edges[k + 1]) holding v, the last one closed; the division's rounding is corrected by the edges. */
function binOf(v: number, edges: number[]): number {
  const last = edges.length - 2;
  let k = Math.min(last, Math.max(0, Math.floor(((v - edges[0]) / (edges[last + 1] - edges[0])) * (last + 1))));
  while (k > 0 && v < edges[k]) k--;
  while (k < last && v >= edges[k + 1]) k++;
  return k;
}

/** The largest double below x. */
function doubleBelow(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x > 0 ? -1n : 1n;
  return new Float64Array(bits.buffer)[0];
}

/** The top values of every non-numeric column that repeats values: from its value counts, or as grouped in SQL. */
function fillTopValues(profiles: ColumnProfile[], total: number, grouped: GroupedValues[]): void {
  profiles.forEach((p, i) => {
    if (p.kind === 'numeric' || p.distinct === 0 || p.distinct === total - p.missing) return;
    const counted = grouped[i].valueCounts;
    const candidates = counted ? counted.texts.map((value, r) => ({ value, count: counted.counts[r] })) : grouped[i].topValues;
    p.topValues = [...candidates].sort(byCountThenValue).slice(0, TOP_VALUES);
  });
  for (const p of profiles) {
    if (p.kind === 'text' && p.distinct <= 2 && p.topValues && isBooleanVocabulary(p.topValues.map((t) => t.value))) p.kind = 'boolean';
  }
}

function byCountThenValue(a: { value: string; count: number }, b: { value: string; count: number }): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

function doubleLiteral(x: number): string {
  return `CAST('${String(x)}' AS DOUBLE)`;
}
