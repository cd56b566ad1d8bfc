// Tests fitting and applying a recipe in SQL through DuckDB-WASM's Node build: against scikit-learn /
// numpy (winsorising, robust scaling, Yeo-Johnson, top-N one-hot) and numbers computed here from the raw
// values; apply-only mode keeps the stored constants; a JSON round trip gives the same matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../analysis/__fixtures__/recipe.json';
import { connectNodeDatabase } from './connectNode';
import { sqlIdentifier, sqlString, type Database } from './database';
import { fitRecipe } from './recipeFit';
import { applyRecipe, type RecipeMatrix } from './recipeMatrix';
import { defaultColumnRecipe } from '../analysis/recipe/recipeDefaults';
import { parseRecipe } from '../analysis/recipe/recipeValidation';
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Recipe } from '../analysis/recipe/recipe';

type Cell = number | string | null;
let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Replaces `dataset` with these columns (numbers as DOUBLE, texts as VARCHAR) and a 0-based row_id. */
async function createDataset(columns: Record<string, Cell[]>): Promise<void> {
  const names = Object.keys(columns);
  const rows = columns[names[0]].length;
  const literal = (v: Cell, numeric: boolean) => (v === null ? 'NULL' : numeric ? `CAST('${v}' AS DOUBLE)` : sqlString(String(v)));
  const numeric = names.map((n) => columns[n].every((v) => v === null || typeof v === 'number'));
  const values = Array.from({ length: rows }, (_, i) => `(${[String(i), ...names.map((n, j) => literal(columns[n][i], numeric[j]))].join(', ')})`);
  await db.query(`DROP TABLE IF EXISTS dataset; CREATE TABLE dataset AS SELECT * FROM (VALUES ${values.join(', ')}) AS t(row_id, ${names.map(sqlIdentifier).join(', ')}) ORDER BY row_id`);
}

function recipeOf(steps: ColumnRecipe[]): Recipe {
  return { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: steps };
}

function feature(column: string, patch: Partial<ColumnRecipe>): ColumnRecipe {
  return { ...defaultColumnRecipe(column, patch.kind ?? 'numeric', true), ...patch };
}

function column(result: RecipeMatrix, name: string): number[] {
  const j = result.featureNames.indexOf(name);
  expect(j, `feature ${name} in ${result.featureNames.join(', ')}`).toBeGreaterThanOrEqual(0);
  return Array.from({ length: result.matrix.rows }, (_, i) => result.matrix.data[i * result.matrix.cols + j]);
}

function expectClose(actual: number[], expected: number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  const worst = actual.reduce((w, a, i) => Math.max(w, Math.abs(a - expected[i]) / Math.max(1, Math.abs(expected[i]))), 0);
  expect(worst).toBeLessThan(tolerance);
}

describe('recipe against scikit-learn and numpy', () => {
  let result: RecipeMatrix;
  let fitted: Recipe;
  beforeAll(async () => {
    await createDataset({ ...(fixture.columns as Record<string, number[]>), city: fixture.city });
    fitted = await fitRecipe(db, recipeOf([
      feature('spend', { outliers: { method: 'winsorise', lowerPercentile: 5, upperPercentile: 95 }, scaling: 'none' }),
      feature('balance', { scaling: 'robust' }),
      feature('score', { transform: 'yeo_johnson', scaling: 'none' }),
      feature('city', { kind: 'categorical', imputation: { strategy: 'most_frequent', indicator: false }, scaling: 'none', encoding: { method: 'one_hot', topN: 3 } }),
    ]));
    result = await applyRecipe(db, fitted);
  });

  it('winsorises at numpy percentiles', () => {
    const spend = fitted.columns[0].fitted;
    expect(spend?.lowerBound).toBeCloseTo(fixture.winsorise.lower, 10);
    expect(spend?.upperBound).toBeCloseTo(fixture.winsorise.upper, 10);
    expectClose(column(result, 'spend'), fixture.winsorise.values, 1e-12);
  });

  it('scales like RobustScaler (median, interquartile range)', () => {
    expect(fitted.columns[1].fitted?.center).toBeCloseTo(fixture.robust.center, 10);
    expect(fitted.columns[1].fitted?.scale).toBeCloseTo(fixture.robust.scale, 10);
    expectClose(column(result, 'balance'), fixture.robust.values, 1e-12);
  });

  it('fits the Yeo-Johnson lambda like PowerTransformer and applies it in SQL', () => {
    expect(Math.abs((fitted.columns[2].fitted?.lambda ?? 0) - fixture.yeo_johnson.score.lambda)).toBeLessThan(1e-6);
    expectClose(column(result, 'score'), fixture.yeo_johnson.score.transformed, 1e-6);
  });

  it('one-hot encodes the top N levels plus Other like OneHotEncoder(max_categories)', () => {
    const names = fixture.one_hot.names;
    names.forEach((name, k) => {
      const ours = name === 'infrequent_sklearn' ? 'city=Other' : `city=${name}`;
      expect(column(result, ours)).toEqual(fixture.one_hot.values.map((row) => row[k]));
    });
    expect(result.featureNames.filter((n) => n.startsWith('city='))).toHaveLength(names.length);
  });
});

describe('recipe against numbers computed from the raw values', () => {
  const x: Cell[] = [1, 2, null, 4, 10, null, 7, 3, 5, 8];
  const y: Cell[] = [0.5, null, 2, 3, 1, 4, null, 2, 6, 1];
  const c: Cell[] = ['a', 'b', 'a', null, 'c', 'a', 'b', 'a', 'c', 'a'];
  const recipe = recipeOf([
    feature('x', { imputation: { strategy: 'mean', indicator: true }, weight: 2 }),
    feature('y', { imputation: { strategy: 'leave_out', indicator: false }, transform: 'log1p', scaling: 'minmax' }),
    feature('c', { kind: 'categorical', imputation: { strategy: 'constant', constant: 'a', indicator: false }, encoding: { method: 'frequency' }, scaling: 'zscore' }),
    { ...defaultColumnRecipe('note', 'text', false), role: 'shown' },
  ]);
  // Rows with y missing are left out, and constants are fitted on the other rows only.
  const kept = y.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
  const meanOf = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const stdOf = (v: number[]) => Math.sqrt(meanOf(v.map((a) => (a - meanOf(v)) ** 2)));
  let fitted: Recipe;
  let result: RecipeMatrix;
  beforeAll(async () => {
    await createDataset({ x, y, c, note: x.map((_, i) => `n${i}`) });
    fitted = await fitRecipe(db, recipe, { fileName: 'march.csv' });
    result = await applyRecipe(db, fitted);
  });

  it('leaves rows out with their reason and keeps the others in row order', () => {
    expect([...result.rowIds]).toEqual(kept);
    expect([...result.exclusions.rowIds]).toEqual([1, 6]);
    expect(result.exclusions.reasons).toEqual(['y is missing', 'y is missing']);
    expect(result.totalRows).toBe(10);
    expect(result.featureNames).toEqual(['x', 'x missing', 'y', 'c']);
  });

  it('imputes the mean, z-scores, weights, and adds the missing indicator', () => {
    const observed = kept.map((i) => x[i]).filter((v): v is number => v !== null);
    const imputed = kept.map((i) => (x[i] === null ? meanOf(observed) : (x[i] as number)));
    expect(fitted.columns[0].fitted?.imputeValue).toBeCloseTo(meanOf(observed), 12);
    expectClose(column(result, 'x'), imputed.map((v) => ((v - meanOf(imputed)) / stdOf(imputed)) * 2), 1e-12);
    expect(column(result, 'x missing')).toEqual(kept.map((i) => (x[i] === null ? 2 : 0)));
  });

  it('takes log1p then min-max scales', () => {
    const logged = kept.map((i) => Math.log1p(y[i] as number));
    const lo = Math.min(...logged), hi = Math.max(...logged);
    expectClose(column(result, 'y'), logged.map((v) => (v - lo) / (hi - lo)), 1e-12);
  });

  it('encodes levels by frequency after imputing the constant, then z-scores', () => {
    const levels = kept.map((i) => (c[i] ?? 'a') as string);
    const share = (l: string) => levels.filter((v) => v === l).length / levels.length;
    const encoded = levels.map(share);
    expectClose(column(result, 'c'), encoded.map((v) => (v - meanOf(encoded)) / stdOf(encoded)), 1e-12);
    expect(fitted.fittedOn).toBe('march.csv');
  });

  it('round-trips through JSON and gives the same matrix', async () => {
    const reread = parseRecipe(JSON.stringify(fitted), 'recipe.json');
    expect(reread).toEqual(fitted);
    const again = await applyRecipe(db, reread);
    expect(again.matrix.data).toEqual(result.matrix.data);
  });

  it('applies the stored constants to another file instead of refitting', async () => {
    const x2: Cell[] = [100, 200, 300, null];
    await createDataset({ x: x2, y: [1, 1, 1, 1], c: ['a', 'z', 'b', 'a'], note: ['', '', '', ''] });
    const same = await fitRecipe(db, fitted);
    expect(same).toBe(fitted);
    const next = await applyRecipe(db, fitted);
    const fx = fitted.columns[0].fitted;
    const m = fx?.imputeValue as number;
    expectClose(column(next, 'x'), x2.map((v) => (((v ?? m) as number) - (fx?.center ?? 0)) / (fx?.scale ?? 1) * 2), 1e-12);
    const fc = fitted.columns[2].fitted;
    const shares = fc?.frequencies ?? {};
    expectClose(column(next, 'c'), ['a', 'z', 'b', 'a'].map((l) => ((shares[l] ?? 0) - (fc?.center ?? 0)) / (fc?.scale ?? 1)), 1e-12);
    // A refit learns this file's constants instead.
    const refitted = await fitRecipe(db, fitted, { refit: true });
    expect(refitted.columns[0].fitted?.imputeValue).toBeCloseTo(200, 12);
  });

  it('lists the columns a file lacks', async () => {
    await createDataset({ x: [1, 2], other: [3, 4] });
    await expect(applyRecipe(db, fitted)).rejects.toThrow('This file lacks 3 columns the recipe uses: y, c, note. Load a file with the same columns, or set these columns to "ignored" in the recipe.');
  });
});

describe('steps that cannot apply to a value', () => {
  it('refuses to fit log1p on negative values, and leaves such rows out when applying', async () => {
    await createDataset({ v: [1, -2, 3, 4] });
    const recipe = recipeOf([feature('v', { transform: 'sqrt', scaling: 'none' })]);
    await expect(fitRecipe(db, recipe)).rejects.toThrow(/"v" goes down to -2 .* Use Yeo-Johnson/);
    await createDataset({ v: [1, 4, 9] });
    const fitted = await fitRecipe(db, recipe);
    await createDataset({ v: [16, -1, 25] });
    const result = await applyRecipe(db, fitted);
    expect([...result.matrix.data]).toEqual([4, 5]);
    expect(result.exclusions.reasons).toEqual(["v is below 0, outside sqrt's range"]);
  });

  it('orders ordinal levels as the user set them and leaves unknown levels out when applying', async () => {
    await createDataset({ size: ['M', 'S', 'L', 'XL', 'M'] });
    const recipe = recipeOf([feature('size', { kind: 'categorical', imputation: { strategy: 'most_frequent', indicator: false }, scaling: 'none', encoding: { method: 'ordinal', order: ['S', 'M', 'L'] } })]);
    const fitted = await fitRecipe(db, recipe);
    expect(fitted.columns[0].fitted?.levels).toEqual(['S', 'M', 'L', 'XL']);
    expect([...(await applyRecipe(db, fitted)).matrix.data]).toEqual([1, 0, 2, 3, 1]);
    await createDataset({ size: ['L', 'XXL'] });
    const next = await applyRecipe(db, fitted);
    expect([...next.matrix.data]).toEqual([2]);
    expect(next.exclusions.reasons).toEqual(['size has a level missing from the ordinal order']);
  });
});
