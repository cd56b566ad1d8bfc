// The recipe in the real app: change steps and see the "after" distribution move, save the recipe,
// load next month's file with the same columns, load the recipe (stored constants, no refit), run and
// export; a row the recipe leaves out is exported as unassigned with its reason.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { exportCsv, openApp, runSegments } from './appSteps';

const CITIES = ['Paris', 'Lyon', 'Nantes', 'Lille'];

/** A customer file with three planted groups; age is missing on every 25th row. */
function customerFile(dir: string, name: string, shift: number, withVisits = true): string {
  const lines = [withVisits ? 'customer_code,age,spend,visits,city' : 'customer_code,age,spend,city'];
  for (let i = 0; i < 240; i++) {
    const group = i % 3;
    const age = i % 25 === 7 ? '' : String(25 + group * 15 + (i % 9) + shift);
    const spend = ((group + 1) ** 3 * 40 + (i % 13) * 7 + shift * 10).toFixed(2);
    const visits = withVisits ? `,${group * 10 + (i % 5)}` : '';
    lines.push(`C${String(i).padStart(5, '0')},${age},${spend}${visits},${CITIES[(i + group) % CITIES.length]}`);
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Loads a file as the only table of a fresh session ("Start over" first when one is loaded). */
async function loadFile(page: Page, path: string, rows: number, columns: number): Promise<void> {
  if (await page.getByTestId('dataset-summary').count() > 0) {
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
  }
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${rows} rows · ${columns} columns`);
}

test('recipe steps change the features; a saved recipe re-applies to next month with its constants', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-recipe-'));
  const march = customerFile(dir, 'march.csv', 0);
  const april = customerFile(dir, 'april.csv', 5);
  await openApp(page);
  await loadFile(page, march, 240, 5);
  // Other steps also list columns by name (the quality report), so controls are looked up inside Prepare.
  const prepare = page.getByRole('region', { name: 'Prepare features' });

  await expect(prepare.getByRole('checkbox', { name: 'spend' })).toBeChecked();
  await expect(prepare.getByRole('checkbox', { name: 'customer_code' })).not.toBeChecked();
  const after = prepare.getByRole('img', { name: 'spend after its steps' });
  await expect(after).toBeVisible();
  const zScored = await after.innerHTML();
  await prepare.getByRole('combobox', { name: 'Transform for spend' }).selectOption('log1p');
  await expect.poll(() => after.innerHTML()).not.toBe(zScored);
  const logged = await after.innerHTML();
  await prepare.getByRole('combobox', { name: 'Scaling for spend' }).selectOption('minmax');
  await expect.poll(() => after.innerHTML()).not.toBe(logged);
  // Min-max scaling puts the features between 0 and 1.
  await expect(page.locator('[data-column="spend"] figcaption').last()).toHaveText('0 to 1');

  await prepare.getByRole('combobox', { name: 'Imputation for age' }).selectOption('leave_out');
  await prepare.getByRole('checkbox', { name: 'city' }).check();
  await expect(prepare.getByRole('combobox', { name: 'Encoding for city' })).toHaveValue('one_hot');
  await expect(prepare.getByRole('img', { name: 'city after its steps' })).toBeVisible();
  await prepare.getByRole('spinbutton', { name: 'Weight for visits' }).fill('0.5');
  await prepare.getByRole('switch', { name: 'Missing indicator for visits' }).check();

  await runSegments(page, 3);
  await expect(page.getByTestId('recipe-fit-state')).toHaveText('Constants fitted on march.csv: applied as they are.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save recipe' }).click()]);
  expect(download.suggestedFilename()).toBe('march-recipe.json');
  const recipePath = join(dir, 'march-recipe.json');
  await download.saveAs(recipePath);
  const saved = JSON.parse(readFileSync(recipePath, 'utf8')) as { fittedOn: string; columns: Array<{ column: string; transform: string; weight: number; imputation: { indicator: boolean }; fitted?: { lowerBound?: number; center?: number; scale?: number; levels?: string[] } }> };
  expect(saved.fittedOn).toBe('march.csv');
  const spend = saved.columns.find((c) => c.column === 'spend');
  expect(spend?.transform).toBe('log1p');
  expect(spend?.fitted?.scale).toBeGreaterThan(0);
  expect(saved.columns.find((c) => c.column === 'visits')?.weight).toBe(0.5);
  expect(saved.columns.find((c) => c.column === 'visits')?.imputation.indicator).toBe(true);
  expect(saved.columns.find((c) => c.column === 'city')?.fitted?.levels).toHaveLength(4);

  // A file that lacks a column the recipe uses is refused, with the missing column named.
  await loadFile(page, customerFile(dir, 'partial.csv', 0, false), 240, 4);
  await page.getByLabel('Choose a recipe file').setInputFiles(recipePath);
  await expect(page.getByRole('alert')).toContainText('march-recipe.json does not fit partial.csv: this column is missing: visits.');

  await loadFile(page, april, 240, 5);
  await expect(prepare.getByRole('combobox', { name: 'Transform for spend' })).toHaveValue('none');
  await page.getByLabel('Choose a recipe file').setInputFiles(recipePath);
  await expect(page.getByRole('status').filter({ hasText: 'Recipe march-recipe.json loaded' }))
    .toContainText('Its constants, fitted on march.csv, are applied as they are (no refit).');
  await expect(prepare.getByRole('combobox', { name: 'Transform for spend' })).toHaveValue('log1p');
  await expect(prepare.getByRole('combobox', { name: 'Imputation for age' })).toHaveValue('leave_out');
  // A reload brings the loaded recipe back with its stored constants, not the proposed one.
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveText('240 rows · 5 columns');
  await expect(prepare.getByRole('combobox', { name: 'Transform for spend' })).toHaveValue('log1p');
  await expect(page.getByTestId('recipe-fit-state')).toHaveText('Constants fitted on march.csv: applied as they are.');

  await runSegments(page, 3);
  // Still march's constants: applying never refits.
  await expect(page.getByTestId('recipe-fit-state')).toHaveText('Constants fitted on march.csv: applied as they are.');
  const { rows } = await exportCsv(page);
  const header = rows[0];
  const at = (name: string) => header.indexOf(name);
  expect(header.slice(0, 5)).toEqual(['customer_code', 'age', 'spend', 'visits', 'city']);
  expect(at('unassigned_reason')).toBeGreaterThan(0);
  const body = rows.slice(1);
  expect(body).toHaveLength(240);
  const leftOut = body.filter((r) => r[at('age')] === '');
  expect(leftOut).toHaveLength(10);
  for (const row of leftOut) {
    expect([row[at('segment_id')], row[at('segment_name')], row[at('unassigned_reason')]]).toEqual(['', 'Unassigned', 'age is missing']);
  }
  const modelled = body.filter((r) => r[at('age')] !== '');
  expect(new Set(modelled.map((r) => r[at('segment_id')]))).toEqual(new Set(['1', '2', '3']));
  expect(modelled.every((r) => r[at('unassigned_reason')] === '')).toBe(true);
});
