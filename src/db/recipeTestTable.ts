// For the recipe tests in DuckDB: six customers with gaps and one extreme spender, loaded once per test
// file, and a numeric column's default recipe with the test's changes.
import { afterAll, beforeAll } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { ingestCsv } from './ingestCsv';
import { encode } from './testFiles';
import { defaultColumnRecipe } from '../analysis/recipe/recipeDefaults';
import type { ColumnRecipe } from '../analysis/recipe/recipe';

export const SMALL_CUSTOMERS_CSV = 'code,age,spend\nA1,30,10\nA2,,20\nA3,50,1000\nA4,40,\nA5,,50\nA6,35,60\n';

/** Loads the table as `dataset` before the file's tests and closes DuckDB after them; call inside a test file. */
export function loadSmallCustomersOnce(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await connectNodeDatabase();
    await ingestCsv(db, 'customers.csv', encode(SMALL_CUSTOMERS_CSV));
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('the small customers table is loaded before the tests run');
    return db;
  };
}

export const numericStep = (column: string, patch: Partial<ColumnRecipe>): ColumnRecipe => ({ ...defaultColumnRecipe(column, 'numeric', true), ...patch });
