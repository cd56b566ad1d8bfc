// Fuzzy duplicates on the columns the analyst picks: DuckDB normalises the values (case, accents,
// punctuation) and gathers the rows of each distinct value; src/analysis finds similar values by
// blocking (sorted neighbourhood, never all pairs) and groups them; groups come back as rows.
import { sqlIdentifier, type Database } from '../database';
import { groupAroundFirst } from '../../analysis/quality/duplicateGroups';
import { FUZZY_DEFAULT_THRESHOLD } from '../../analysis/quality/qualityRules';
import { similarPairs, type SimilarityMeasure } from '../../analysis/quality/similarPairs';

export type { SimilarityMeasure };

export interface FuzzyOptions {
  /** Pairs scoring at least this (0..1) are duplicates. */
  threshold?: number;
  measure?: SimilarityMeasure;
  /** How many following values each value meets in every sorted order. */
  window?: number;
}

export interface FuzzyDuplicateGroup {
  /** The group's rows in file order, each with the picked columns' values joined for display. */
  rows: Array<{ rowId: number; text: string }>;
  /** The lowest similarity to the group's first value (1 when the values only differ in case, accents or punctuation). */
  similarity: number;
}

export interface FuzzyDuplicates {
  groups: FuzzyDuplicateGroup[];
  /** Candidate pairs scored, to show how much blocking saved over all pairs. */
  comparisons: number;
  distinctValues: number;
}

export const DEFAULT_WINDOW = 10;
/** Levenshtein similarity by default: on names it keeps "Jean Martin" and "Jean Martel" apart, Jaro-Winkler does not. */
export const DEFAULT_MEASURE: SimilarityMeasure = 'levenshtein';

/** Lower case, accents off, anything not a letter or digit a single space. */
function normalised(column: string): string {
  return `trim(regexp_replace(lower(strip_accents(CAST(${sqlIdentifier(column)} AS VARCHAR))), '[^a-z0-9]+', ' ', 'g'))`;
}

export async function fuzzyDuplicates(db: Database, columns: string[], options: FuzzyOptions = {}): Promise<FuzzyDuplicates> {
  if (columns.length === 0) return { groups: [], comparisons: 0, distinctValues: 0 };
  const threshold = options.threshold ?? FUZZY_DEFAULT_THRESHOLD;
  const measure = options.measure ?? DEFAULT_MEASURE;
  const window = Math.max(1, Math.floor(options.window ?? DEFAULT_WINDOW));
  const value = `concat_ws(' ', ${columns.map(normalised).join(', ')})`;
  const distinct = await db.query(
    `SELECT v, list(row_id::DOUBLE ORDER BY row_id) AS rows FROM (SELECT row_id, ${value} AS v FROM dataset) ` +
    `WHERE v <> '' GROUP BY v ORDER BY v`,
  );
  const values = distinct.getChild('v')?.toArray() as string[];
  const rowLists = distinct.getChild('rows');
  const rowsOf = (i: number): number[] => Array.from(rowLists?.get(i)?.toArray() as Float64Array);

  const found = similarPairs(values, measure, threshold, window);
  const valueGroups = groupAroundFirst(values.length, found.pairs);
  const similarity = new Map<string, number>();
  found.pairs.forEach(([a, b], k) => similarity.set(`${a}:${b}`, found.similarities[k]));
  const grouped = new Set(valueGroups.flat());
  // Values written several ways that normalise alike ("DUPONT Marie", "Dupont, Marie") are a group of their own.
  const alone = values.flatMap((_, i) => (!grouped.has(i) && (rowLists?.get(i)?.length ?? 0) > 1 ? [[i]] : []));
  const rowGroups = [...valueGroups, ...alone].map((g) => ({
    rowIds: g.flatMap(rowsOf).sort((a, b) => a - b),
    similarity: g.slice(1).reduce((low, v) => Math.min(low, similarity.get(`${Math.min(g[0], v)}:${Math.max(g[0], v)}`) ?? 1), 1),
  }));
  const texts = await displayTexts(db, columns, rowGroups.flatMap((g) => g.rowIds));
  const groups = rowGroups
    .map((g) => ({ rows: g.rowIds.map((rowId) => ({ rowId, text: texts.get(rowId) ?? '' })), similarity: g.similarity }))
    .sort((a, b) => a.rows[0].rowId - b.rows[0].rowId);
  return { groups, comparisons: found.comparisons, distinctValues: values.length };
}

/** The picked columns of the given rows, joined for display ("Marie Dupont · marie.dupont@exemple.fr"). */
async function displayTexts(db: Database, columns: string[], rowIds: number[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (rowIds.length === 0) return texts;
  const shown = `concat_ws(' · ', ${columns.map((c) => `CAST(${sqlIdentifier(c)} AS VARCHAR)`).join(', ')})`;
  const result = await db.query(
    `SELECT row_id::DOUBLE AS row_id, ${shown} AS text FROM dataset WHERE row_id IN (SELECT unnest([${rowIds.join(', ')}]::BIGINT[]))`,
  );
  const ids = result.getChild('row_id')?.toArray() as Float64Array;
  const values = result.getChild('text')?.toArray() as string[];
  for (let i = 0; i < result.numRows; i++) texts.set(ids[i], values[i] ?? '');
  return texts;
}
