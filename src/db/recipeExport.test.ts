// Tests the recipe's end in DuckDB: rows the recipe leaves out are written as 'Unassigned' with their
// reason, and exported with an unassigned_reason column (only when some row has one).
import { describe, expect, it } from 'vitest';
import { writeSegments } from './writeSegments';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { fitRecipe } from './recipeFit';
import { applyRecipe } from './recipeMatrix';
import { parseCsv } from './testFiles';
import { RECIPE_FORMAT, RECIPE_VERSION } from '../analysis/recipe/recipe';
import { numericStep, loadSmallCustomersOnce } from './recipeTestTable';

const database = loadSmallCustomersOnce();
const step = numericStep;

describe('left-out rows in the segments table and the export', () => {
  it('names them Unassigned with the reason, keeps every row, and exports unassigned_reason', async () => {
    const recipe = await fitRecipe(database(), { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: [
      step('age', { imputation: { strategy: 'leave_out', indicator: false } }), step('spend', {}),
    ] });
    const prepared = await applyRecipe(database(), recipe);
    expect([...prepared.exclusions.rowIds]).toEqual([1, 4]);
    // Two segments for the modelled rows, -1 where the recipe left a row out.
    const labels = Int32Array.from([0, -1, 1, 0, -1, 1]);
    await writeSegments(database(), labels, ['Young', 'Old'], { leftOut: prepared.exclusions });
    const text = new TextDecoder().decode((await exportSegmentsCsv(database())).subarray(3));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['code', 'age', 'spend', 'segment_id', 'segment_name', 'unassigned_reason']);
    expect(rows.slice(1).map((r) => r.slice(3))).toEqual([
      ['1', 'Young', ''], ['', 'Unassigned', 'age is missing'], ['2', 'Old', ''], ['1', 'Young', ''], ['', 'Unassigned', 'age is missing'], ['2', 'Old', ''],
    ]);
  });

  it('leaves noise rows without a reason, and the export without the column when no row has one', async () => {
    await writeSegments(database(), Int32Array.from([0, -1, 0, 0, 0, 0]), ['All'], { noiseName: 'Noise' });
    const rows = parseCsv(new TextDecoder().decode((await exportSegmentsCsv(database())).subarray(3)));
    expect(rows[0]).not.toContain('unassigned_reason');
    expect(rows[2].slice(3)).toEqual(['', 'Noise']);
  });
});
