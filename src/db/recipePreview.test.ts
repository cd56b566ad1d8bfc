// Tests the Prepare view's distributions in DuckDB: a column's values before its steps and after
// them (imputed, transformed, scaled; one-hot levels kept plus Other), against numbers computed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { ingestCsv } from './ingestCsv';
import { previewColumn, PREVIEW_BINS } from './recipePreview';
import { encode } from './testFiles';
import { defaultColumnRecipe } from '../analysis/recipe/recipeDefaults';
import type { ColumnRecipe } from '../analysis/recipe/recipe';

const CSV = 'code,age,spend\nA1,30,10\nA2,,20\nA3,50,1000\nA4,40,\nA5,,50\nA6,35,60\n';
let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
  await ingestCsv(db, 'customers.csv', encode(CSV));
});
afterAll(async () => {
  await db.close();
});

const step = (column: string, patch: Partial<ColumnRecipe>): ColumnRecipe => ({ ...defaultColumnRecipe(column, 'numeric', true), ...patch });

describe('previewColumn', () => {
  it('counts the raw values before and the scaled values after, over the same rows', async () => {
    const preview = await previewColumn(db, step('spend', { transform: 'log1p', scaling: 'minmax' }));
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
    const preview = await previewColumn(db, code);
    if (preview.before.kind !== 'levels' || preview.after?.kind !== 'levels') throw new Error('expected levels');
    expect(preview.before.counts.reduce((s, n) => s + n, 0)).toBe(6);
    expect(preview.after.labels).toEqual(['A1', 'A2', 'Other']);
    expect(preview.after.counts).toEqual([1, 1, 4]);
  });
});
