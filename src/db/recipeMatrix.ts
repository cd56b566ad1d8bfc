// Applies a fitted recipe to the loaded `dataset` in SQL (stored constants only, never a refit):
// the feature matrix of the modelled rows, their row_ids, and every left-out row with its reason.
import type * as arrow from 'apache-arrow';
import type { Database } from './database';
import { checkRecipeColumns } from './recipeFit';
import { exclusionSql, featureSqls, reasonSql, type FeatureSql } from './recipeSql';
import { withExcludedRows } from './quality/excludedRows';
import type { Matrix } from '../analysis/matrix';
import { featureColumns, type Recipe } from '../analysis/recipe/recipe';
import { RecipeError } from '../analysis/recipe/recipeValidation';
import { nextTask } from './nextTask';

export interface RowExclusions {
  rowIds: Int32Array;
  reasons: string[];
}

export interface RecipeMatrix {
  /** Modelled rows only, in row_id order; one column per feature name. */
  matrix: Matrix;
  featureNames: string[];
  /** matrix row i is dataset row rowIds[i]. */
  rowIds: Int32Array;
  exclusions: RowExclusions;
  totalRows: number;
}

/** The SELECT list pieces for a fitted recipe: features and the left-out reason. */
export function recipeSelect(recipe: Recipe): { features: FeatureSql[]; reason: string } {
  const steps = featureColumns(recipe);
  const unfitted = steps.filter((s) => !s.fitted).map((s) => s.column);
  if (unfitted.length > 0) throw new RecipeError(`The recipe has no fitted constants for ${unfitted.join(', ')}: fit it on this file first.`);
  const features = steps.flatMap((s) => (s.fitted ? featureSqls(s, s.fitted) : []));
  const reason = reasonSql(steps.flatMap((s) => exclusionSql(s, s.fitted ?? {})));
  return { features, reason };
}

export async function applyRecipe(db: Database, recipe: Recipe): Promise<RecipeMatrix> {
  await checkRecipeColumns(db, recipe);
  const { features, reason: recipeReason } = recipeSelect(recipe);
  if (features.length === 0) throw new RecipeError('The recipe has no feature: give at least one column the role "feature".');
  const reason = await withExcludedRows(db, recipeReason);
  const reasoned = `SELECT d.row_id, ${reason} AS reason FROM dataset AS d`;
  const left = await db.query(`SELECT CAST(row_id AS INTEGER) AS row_id, reason FROM (${reasoned}) WHERE reason IS NOT NULL ORDER BY row_id`);
  const exclusions: RowExclusions = {
    rowIds: Int32Array.from((left.getChild('row_id')?.toArray() ?? []) as Int32Array),
    reasons: (left.getChild('reason')?.toArray() ?? []) as string[],
  };
  // The filter runs before the projection, so ln or sqrt never sees a value outside its range.
  const select = features.map((f, j) => `(${f.sql})::DOUBLE AS f${j}`).join(', ');
  const table = await db.query(`SELECT CAST(d.row_id AS INTEGER) AS row_id, ${select} FROM dataset AS d WHERE (${reason}) IS NULL ORDER BY d.row_id`);
  const rows = table.numRows;
  const cols = features.length;
  const data = new Float64Array(rows * cols);
  let unprepared = -1;
  for (let j = 0; j < cols; j++) {
    // One column per task: at a million rows the whole copy would hold the page for over 50 ms.
    await nextTask();
    if (copyColumn(table.getChildAt(j + 1), data, j, cols) && unprepared < 0) unprepared = j;
  }
  const rowIds = Int32Array.from((table.getChild('row_id')?.toArray() ?? []) as Int32Array);
  if (unprepared >= 0) {
    throw new RecipeError(`"${features[unprepared].name}" has values that the recipe could not prepare (no number after its steps). ` +
      'Check its kind and imputation in Prepare.');
  }
  return { matrix: { data, rows, cols }, featureNames: features.map((f) => f.name), rowIds, exclusions, totalRows: rows + exclusions.rowIds.length };
}

/** Copies one column into the row-major matrix; true when a value is NULL or NaN (the recipe could not prepare it). */
function copyColumn(vector: arrow.Vector | null, out: Float64Array, column: number, cols: number): boolean {
  if (!vector) return false;
  let at = column;
  let missing = false;
  for (const chunk of vector.data) {
    const values = chunk.values as Float64Array;
    const validity = chunk.nullCount > 0 ? chunk.nullBitmap : undefined;
    for (let i = 0; i < chunk.length; i++, at += cols) {
      const bit = chunk.offset + i;
      const value = validity && (validity[bit >> 3] & (1 << (bit & 7))) === 0 ? Number.NaN : values[i];
      out[at] = value;
      if (value !== value) missing = true;
    }
  }
  return missing;
}
