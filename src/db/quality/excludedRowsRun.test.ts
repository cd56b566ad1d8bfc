// Tests that the run path honours excluded_rows: the recipe's matrix leaves those rows out, and they
// come back among the left-out rows with the analyst's reason, beside the recipe's own exclusions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from '../connectNode';
import type { Database } from '../database';
import { fitRecipe } from '../recipeFit';
import { applyRecipe } from '../recipeMatrix';
import { defaultColumnRecipe } from '../../analysis/recipe/recipeDefaults';
import { RECIPE_FORMAT, RECIPE_VERSION, type Recipe } from '../../analysis/recipe/recipe';
import { clearExcludedRows, excludeRows } from './excludedRows';
import { loadPlantedTable } from './qualityTestTable';

let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('excluded rows in the run path', () => {
  it('leaves excluded rows out of the feature matrix, with their reason', async () => {
    const spend = Array.from({ length: 20 }, (_, i) => String(10 + 3 * i));
    await loadPlantedTable(db, { header: ['spend'], types: ['DOUBLE'], rows: spend.map((v) => [v]) });
    const recipe: Recipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: [defaultColumnRecipe('spend', 'numeric', true)] };
    const fitted = await fitRecipe(db, recipe);
    await clearExcludedRows(db);
    const before = await applyRecipe(db, fitted);
    expect(Array.from(before.rowIds)).toEqual(spend.map((_, i) => i));
    expect(before.exclusions.rowIds.length).toBe(0);

    await excludeRows(db, [{ rowId: 4, reason: 'exact copy of row 2' }, { rowId: 11, reason: 'fuzzy duplicate of row 9 on name' }]);
    const after = await applyRecipe(db, fitted);
    expect(Array.from(after.rowIds)).toEqual(spend.map((_, i) => i).filter((i) => i !== 4 && i !== 11));
    expect(Array.from(after.exclusions.rowIds)).toEqual([4, 11]);
    expect(after.exclusions.reasons).toEqual(['exact copy of row 2', 'fuzzy duplicate of row 9 on name']);
    expect(after.matrix.rows).toBe(18);
    expect(after.totalRows).toBe(20);
  });
});
