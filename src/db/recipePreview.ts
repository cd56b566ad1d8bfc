// One column's distribution before and after its recipe steps, counted in SQL for the Prepare view on a
// seeded sample of rows: 20 equal-width bins for numbers, level counts for categories (one-hot: kept levels and Other).
import { sqlString, type Database } from './database';
import { fitRecipe } from './recipeFit';
import { featureSqls, imputedSql, sourceSql } from './recipeSql';
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Recipe } from '../analysis/recipe/recipe';

export type Distribution =
  | { kind: 'histogram'; edges: number[]; counts: number[] }
  | { kind: 'levels'; labels: string[]; counts: number[] };

export interface ColumnPreview {
  before: Distribution;
  /** Null when the column is not a feature. */
  after: Distribution | null;
  /**
   * The fitted constants used for "after": the stored ones when the step carries them (fitted on all rows
   * by a run), otherwise fitted here on the sample, which is quick and close enough for a picture.
   */
  step: ColumnRecipe;
  /** The rows counted: a seeded sample of `rows` out of `of`, or null when every row was counted. */
  sample: { rows: number; of: number } | null;
}

export const PREVIEW_BINS = 20;
const PREVIEW_LEVELS = 8;
/** About this many rows are counted: on 1M rows a whole-table refit and count took 1-12 s per change (bench). */
export const PREVIEW_SAMPLE_ROWS = 50_000;
const SAMPLE_SEED = 24_601;

export async function previewColumn(db: Database, step: ColumnRecipe, options: { sampleRows?: number } = {}): Promise<ColumnPreview> {
  const { where: sampled, sample } = await previewRows(db, options.sampleRows ?? PREVIEW_SAMPLE_ROWS);
  const before = step.kind === 'categorical' ? await levelCounts(db, sourceSql(step), sampled) : await histogram(db, sourceSql(step), sampled);
  if (step.role !== 'feature') return { before, after: null, step, sample };
  const recipe: Recipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: [step] };
  const fitted = (await fitRecipe(db, recipe, { where: sample ? sampled : undefined })).columns[0];
  const constants = fitted.fitted ?? { rows: 0 };
  const modelled = step.imputation.strategy === 'leave_out' ? `${sourceSql(step)} IS NOT NULL AND ${sampled}` : sampled;
  if (step.kind === 'categorical' && step.encoding.method === 'one_hot') {
    const levels = constants.levels ?? [];
    const x = imputedSql(step, constants);
    const grouped = levels.length > 0 ? `CASE WHEN ${x} IN (${levels.map(sqlString).join(', ')}) THEN ${x} ELSE 'Other' END` : `'Other'`;
    return { before, after: await levelCounts(db, grouped, modelled, [...levels, 'Other']), step: fitted, sample };
  }
  const [main] = featureSqls(step, constants);
  return { before, after: await histogram(db, main.sql, modelled), step: fitted, sample };
}

/**
 * The rows a preview counts: every row of a small table, else those whose seeded hash of row_id falls in
 * the first `sampleRows / total` of its range; the same rows on every change, so charts move only with the steps.
 */
async function previewRows(db: Database, sampleRows: number): Promise<{ where: string; sample: ColumnPreview['sample'] }> {
  const counted = await db.query('SELECT count(*)::DOUBLE AS n FROM dataset');
  const total = Number(counted.getChild('n')?.get(0) ?? 0);
  if (total <= sampleRows) return { where: 'true', sample: null };
  const where = `hash(d.row_id + ${SAMPLE_SEED}) % ${total} < ${sampleRows}`;
  const picked = await db.query(`SELECT count(*)::DOUBLE AS n FROM dataset AS d WHERE ${where}`);
  return { where, sample: { rows: Number(picked.getChild('n')?.get(0) ?? 0), of: total } };
}

async function histogram(db: Database, expression: string, where: string): Promise<Distribution> {
  const values = `SELECT (${expression})::DOUBLE AS x FROM dataset AS d WHERE ${where}`;
  // No WHERE on x: DuckDB would push it into the scan and work out the whole expression on every row
  // of the table before the sample's condition (10x slower on 1M rows); empty and infinite values get bin NULL.
  const table = await db.query(`WITH v AS (${values}),
    r AS (SELECT min(x) FILTER (WHERE isfinite(x)) AS lo, max(x) FILTER (WHERE isfinite(x)) AS hi FROM v)
    SELECT any_value(r.lo) AS lo, any_value(r.hi) AS hi,
      CASE WHEN v.x IS NULL OR NOT isfinite(v.x) THEN NULL
        WHEN r.hi > r.lo THEN LEAST(CAST(floor((v.x - r.lo) / (r.hi - r.lo) * ${PREVIEW_BINS}) AS INTEGER), ${PREVIEW_BINS - 1}) ELSE 0 END AS bin,
      count(*)::DOUBLE AS n
    FROM v, r GROUP BY bin`);
  const bin = table.getChild('bin');
  const lo = Number(table.getChild('lo')?.get(0));
  const hi = Number(table.getChild('hi')?.get(0));
  if (table.numRows === 0 || !Number.isFinite(lo)) return { kind: 'histogram', edges: [], counts: [] };
  const bins = hi > lo ? PREVIEW_BINS : 1;
  const counts = new Array<number>(bins).fill(0);
  for (let r = 0; r < table.numRows; r++) {
    if (bin?.get(r) !== null) counts[Number(bin?.get(r))] += Number(table.getChild('n')?.get(r));
  }
  const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + ((hi - lo) * k) / bins));
  return { kind: 'histogram', edges, counts };
}

/** Rows per level, most frequent first (or in `order`); levels past the first few are summed as "Other". */
async function levelCounts(db: Database, expression: string, where: string, order?: string[]): Promise<Distribution> {
  const table = await db.query(`SELECT coalesce(CAST(${expression} AS VARCHAR), '(missing)') AS level, count(*)::DOUBLE AS n
    FROM dataset AS d WHERE ${where} GROUP BY 1 ORDER BY n DESC, level`);
  const found = new Map<string, number>();
  for (let r = 0; r < table.numRows; r++) found.set(String(table.getChild('level')?.get(r)), Number(table.getChild('n')?.get(r)));
  if (order) return { kind: 'levels', labels: order, counts: order.map((l) => found.get(l) ?? 0) };
  const entries = [...found.entries()];
  const shown = entries.slice(0, PREVIEW_LEVELS);
  const rest = entries.slice(PREVIEW_LEVELS).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) shown.push(['Other', rest]);
  return { kind: 'levels', labels: shown.map(([l]) => l), counts: shown.map(([, n]) => n) };
}
