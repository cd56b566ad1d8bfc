// Benchmarks the recipe on 1M rows in DuckDB-WASM (Node build): fitting its constants in SQL (with the
// Yeo-Johnson lambdas fitted in src/analysis) and applying it into a Float64Array; scikit-learn as reference.
import { line, runReference, timed, type BenchLine, type BenchTask } from '../harness';
import { connectNodeDatabase } from '../../src/db/connectNode';
import type { Database } from '../../src/db/database';
import { extractFeatures } from '../../src/db/extractFeatures';
import { fitRecipe } from '../../src/db/recipeFit';
import { applyRecipe } from '../../src/db/recipeMatrix';
import { previewColumn } from '../../src/db/recipePreview';
import { defaultColumnRecipe } from '../../src/analysis/recipe/recipeDefaults';
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Recipe } from '../../src/analysis/recipe/recipe';

const ROWS = 1_000_000;

function numeric(column: string, patch: Partial<ColumnRecipe>): ColumnRecipe {
  return { ...defaultColumnRecipe(column, 'numeric', true), ...patch };
}

const recipe: Recipe = {
  format: RECIPE_FORMAT,
  version: RECIPE_VERSION,
  columns: [
    ...['spend', 'orders', 'age'].map((c) => numeric(c, { outliers: { method: 'winsorise', lowerPercentile: 1, upperPercentile: 99 }, transform: 'yeo_johnson' })),
    ...['sessions', 'basket'].map((c) => numeric(c, { imputation: { strategy: 'mean', indicator: false }, transform: 'log1p', scaling: 'robust' })),
    { ...defaultColumnRecipe('region', 'categorical', true), encoding: { method: 'one_hot', topN: 5 } },
  ],
};

/** Seeded pseudo-random columns made in SQL (hash of the row id), about 2 % missing in each number. */
async function makeDataset(db: Database): Promise<void> {
  const u = (salt: number) => `(hash(range * 7919 + ${salt}) % 1000003)::DOUBLE / 1000003`;
  const gap = (salt: number, value: string) => `CASE WHEN ${u(salt + 100)} < 0.02 THEN NULL ELSE ${value} END`;
  await db.query(`CREATE TABLE dataset AS SELECT range AS row_id,
    ${gap(1, `exp(3 + 1.2 * ${u(1)} * ${u(2)} * 4)`)} AS spend, ${gap(3, `floor(30 * ${u(3)} * ${u(4)})`)} AS orders,
    ${gap(5, `18 + floor(70 * ${u(5)})`)} AS age, ${gap(6, `30 * ${u(6)}`)} AS sessions, ${gap(7, `200 * ${u(7)} * ${u(8)}`)} AS basket,
    'R' || CAST(floor(12 * ${u(9)} * ${u(9)}) AS INTEGER) AS region
    FROM range(${ROWS})`);
}

export const tasks: BenchTask[] = [{
  name: 'recipe',
  run: async (): Promise<BenchLine[]> => {
    const db = await connectNodeDatabase();
    try {
      await makeDataset(db);
      const fit = await timed(() => fitRecipe(db, recipe, { fileName: 'bench' }));
      const apply = await timed(() => applyRecipe(db, fit.value));
      const X = await extractFeatures(db, ['spend', 'orders', 'age', 'sessions', 'basket']);
      const codes = await db.query(`SELECT CAST(substr(region, 2) AS DOUBLE) AS code FROM dataset ORDER BY row_id`);
      const withRegion = new Float64Array(ROWS * 6);
      const code = codes.getChild('code')?.toArray() as Float64Array;
      for (let i = 0; i < ROWS; i++) {
        withRegion.set(X.data.subarray(i * 5, i * 5 + 5), i * 6);
        withRegion[i * 6 + 5] = code[i];
      }
      const matrix = { data: withRegion, rows: ROWS, cols: 6 };
      const ref = runReference('recipe_pipeline', matrix, {});
      const shape = { rows: ROWS, cols: apply.value.matrix.cols };
      return [
        line('recipe fit + apply (SQL)', shape, fit.seconds + apply.seconds, ref, 5, { fit_seconds: fit.seconds, apply_seconds: apply.seconds }),
      ];
    } finally {
      await db.close();
    }
  },
}, {
  // One Prepare-view preview after a change of steps: the column's constants fitted, then its distribution
  // before and after. Budget: a change shows within 0.5 s on 1M rows.
  name: 'recipe preview',
  run: async (): Promise<BenchLine[]> => {
    const db = await connectNodeDatabase();
    try {
      await makeDataset(db);
      const previews: Array<[string, ColumnRecipe]> = [
        ['recipe preview 1M: winsorise + Yeo-Johnson', recipe.columns[0]],
        ['recipe preview 1M: mean + log1p + robust', recipe.columns[3]],
        ['recipe preview 1M: one-hot top 5', recipe.columns[5]],
      ];
      // Warm-up on another column, so that the first timing does not carry DuckDB's first-query costs.
      await previewColumn(db, numeric('orders', {}));
      const lines: BenchLine[] = [];
      for (const [task, step] of previews) {
        const preview = await timed(() => previewColumn(db, step));
        lines.push({
          ...line(task, { rows: ROWS, cols: 1 }, preview.seconds, null), budget: '0.5 s', within_budget: preview.seconds <= 0.5,
          sample_rows: preview.value.sample?.rows ?? ROWS,
        });
      }
      return lines;
    } finally {
      await db.close();
    }
  },
}];
