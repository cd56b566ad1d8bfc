// Tests the Prepare view's distributions in DuckDB: a column's values before its steps and after
// them (imputed, transformed, scaled; one-hot levels kept plus Other), against numbers computed here.
import { beforeAll, describe, expect, it } from 'vitest';
import { previewColumn, PREVIEW_BINS } from './recipePreview';
import { numericStep, loadSmallCustomersOnce } from './recipeTestTable';
import { defaultColumnRecipe } from '../analysis/recipe/recipeDefaults';

const database = loadSmallCustomersOnce();
const step = numericStep;

describe('previewColumn', () => {
  it('counts the raw values before and the scaled values after, over the same rows', async () => {
    const preview = await previewColumn(database(), step('spend', { transform: 'log1p', scaling: 'minmax' }));
    if (preview.before.kind !== 'histogram' || preview.after?.kind !== 'histogram') throw new Error('expected histograms');
    expect(preview.before.edges[0]).toBe(10);
    expect(preview.before.edges[PREVIEW_BINS]).toBe(1000);
    expect(preview.before.counts.reduce((s, n) => s + n, 0)).toBe(5);
    // Median imputation fills the one gap, so six values after; min-max puts them on [0, 1].
    expect(preview.after.edges[0]).toBeCloseTo(0, 12);
    expect(preview.after.edges[PREVIEW_BINS]).toBeCloseTo(1, 12);
    expect(preview.after.counts.reduce((s, n) => s + n, 0)).toBe(6);
    const median = 50;
    expect(preview.step.fitted?.imputeValue).toBe(median);
    // log1p(60) lands in the bin (log1p(60) - log1p(10)) / (log1p(1000) - log1p(10)) of the range.
    const position = (Math.log1p(60) - Math.log1p(10)) / (Math.log1p(1000) - Math.log1p(10));
    expect(preview.after.counts[Math.min(PREVIEW_BINS - 1, Math.floor(position * PREVIEW_BINS))]).toBeGreaterThan(0);
  });

  it('shows level counts for a category, and the kept levels plus Other after one-hot', async () => {
    const code = { ...defaultColumnRecipe('code', 'categorical', true), encoding: { method: 'one_hot' as const, topN: 2 } };
    const preview = await previewColumn(database(), code);
    if (preview.before.kind !== 'levels' || preview.after?.kind !== 'levels') throw new Error('expected levels');
    expect(preview.before.counts.reduce((s, n) => s + n, 0)).toBe(6);
    expect(preview.after.labels).toEqual(['A1', 'A2', 'Other']);
    expect(preview.after.counts).toEqual([1, 1, 4]);
  });
});

describe('previewColumn on a seeded sample', () => {
  const ROWS = 2000;
  beforeAll(async () => {
    // x = row_id: every value present, so a "before" histogram counts exactly the sampled rows.
    await database().query(`CREATE OR REPLACE TABLE dataset AS SELECT range AS row_id, range::DOUBLE AS x FROM range(${ROWS})`);
  });

  it('counts the same seeded sample of rows on every call, and fits the unfitted constants on it', async () => {
    const x = step('x', { scaling: 'zscore' });
    const first = await previewColumn(database(), x, { sampleRows: 500 });
    const again = await previewColumn(database(), x, { sampleRows: 500 });
    expect(again).toEqual(first);
    if (!first.sample || first.before.kind !== 'histogram' || first.after?.kind !== 'histogram') throw new Error('expected a sampled histogram');
    expect(first.sample.of).toBe(ROWS);
    expect(first.sample.rows).toBeGreaterThan(400);
    expect(first.sample.rows).toBeLessThan(600);
    expect(first.before.counts.reduce((s, n) => s + n, 0)).toBe(first.sample.rows);
    expect(first.after.counts.reduce((s, n) => s + n, 0)).toBe(first.sample.rows);
    expect(first.step.fitted?.rows).toBe(first.sample.rows);
    // Spread over the whole range, not its first rows.
    expect(first.before.edges[PREVIEW_BINS]).toBeGreaterThan(ROWS * 0.9);
  });

  it('uses constants the step already carries (fitted on all rows), on the sample', async () => {
    const fitted = { rows: ROWS, imputeValue: 999.5, center: 1000, scale: 500 };
    const preview = await previewColumn(database(), step('x', { scaling: 'zscore', fitted }), { sampleRows: 500 });
    if (preview.before.kind !== 'histogram' || preview.after?.kind !== 'histogram') throw new Error('expected histograms');
    expect(preview.step.fitted).toEqual(fitted);
    expect(preview.after.edges[0]).toBeCloseTo((preview.before.edges[0] - 1000) / 500, 12);
    expect(preview.after.edges[PREVIEW_BINS]).toBeCloseTo((preview.before.edges[PREVIEW_BINS] - 1000) / 500, 12);
  });

  it('counts every row of a table no larger than the sample', async () => {
    const preview = await previewColumn(database(), step('x', {}), { sampleRows: ROWS });
    expect(preview.sample).toBeNull();
    expect(preview.before.counts.reduce((s, n) => s + n, 0)).toBe(ROWS);
    expect(preview.step.fitted?.rows).toBe(ROWS);
  });
});
