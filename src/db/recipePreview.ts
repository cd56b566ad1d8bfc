// One column's distribution before and after its recipe steps, counted in SQL for the Prepare view:
// 20 equal-width bins for numbers, level counts for categories (one-hot: the kept levels and Other).
import { sqlString, type Database } from './database';
import { fitRecipe } from './recipeFit';
import { featureSqls, imputedSql, sourceSql } from './recipeSql';
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe } from '../analysis/recipe/recipe';

export type Distribution =
  | { kind: 'histogram'; edges: number[]; counts: number[] }
  | { kind: 'levels'; labels: string[]; counts: number[] };

export interface ColumnPreview {
  before: Distribution;
  /** Null when the column is not a feature. */
  after: Distribution | null;
  /** The fitted constants used for "after" (the stored ones when the step carries them). */
  step: ColumnRecipe;
}

export const PREVIEW_BINS = 20;
const PREVIEW_LEVELS = 8;

export async function previewColumn(db: Database, step: ColumnRecipe): Promise<ColumnPreview> {
  const before = step.kind === 'categorical' ? await levelCounts(db, sourceSql(step), 'true') : await histogram(db, sourceSql(step), 'true');
  if (step.role !== 'feature') return { before, after: null, step };
  const fitted = (await fitRecipe(db, { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: [step] })).columns[0];
  const constants = fitted.fitted ?? { rows: 0 };
  const modelled = step.imputation.strategy === 'leave_out' ? `${sourceSql(step)} IS NOT NULL` : 'true';
  if (step.kind === 'categorical' && step.encoding.method === 'one_hot') {
    const levels = constants.levels ?? [];
    const x = imputedSql(step, constants);
    const grouped = levels.length > 0 ? `CASE WHEN ${x} IN (${levels.map(sqlString).join(', ')}) THEN ${x} ELSE 'Other' END` : `'Other'`;
    return { before, after: await levelCounts(db, grouped, modelled, [...levels, 'Other']), step: fitted };
  }
  const [main] = featureSqls(step, constants);
  return { before, after: await histogram(db, main.sql, modelled), step: fitted };
}

async function histogram(db: Database, expression: string, where: string): Promise<Distribution> {
  const values = `SELECT (${expression})::DOUBLE AS x FROM dataset AS d WHERE ${where}`;
  const table = await db.query(`WITH v AS (${values}), r AS (SELECT min(x) AS lo, max(x) AS hi FROM v WHERE isfinite(x))
    SELECT any_value(r.lo) AS lo, any_value(r.hi) AS hi,
      CASE WHEN r.hi > r.lo THEN LEAST(CAST(floor((v.x - r.lo) / (r.hi - r.lo) * ${PREVIEW_BINS}) AS INTEGER), ${PREVIEW_BINS - 1}) ELSE 0 END AS bin,
      count(*)::DOUBLE AS n
    FROM v, r WHERE isfinite(v.x) GROUP BY bin`);
  if (table.numRows === 0) return { kind: 'histogram', edges: [], counts: [] };
  const lo = Number(table.getChild('lo')?.get(0));
  const hi = Number(table.getChild('hi')?.get(0));
  const bins = hi > lo ? PREVIEW_BINS : 1;
  const counts = new Array<number>(bins).fill(0);
  for (let r = 0; r < table.numRows; r++) counts[Number(table.getChild('bin')?.get(r))] += Number(table.getChild('n')?.get(r));
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
