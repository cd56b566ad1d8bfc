// Recipe previews on a large file: each column's before/after distribution is counted on a seeded sample
// of about 50,000 rows (the chart says so), and a change of steps redraws the "after" chart.
import { test, expect } from './guard';
import { openApp } from './appSteps';

const ROWS = 120_000;
const CITIES = ['Paris', 'Lyon', 'Nantes', 'Lille'];

function customersNdjson(): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    lines.push(JSON.stringify({ customer_code: `C${String(i).padStart(7, '0')}`, spend: ((i * 7919) % 100_000) / 10 + 1, city: CITIES[i % CITIES.length] }));
  }
  return Buffer.from(lines.join('\n'));
}

/** Sum of the bar counts of a chart, read from each bar's title ("a to b: count"). */
function barTotal(titles: string[]): number {
  return titles.reduce((sum, t) => sum + Number((/: ([\d,]+)$/.exec(t)?.[1] ?? 'NaN').replace(/,/g, '')), 0);
}

test('previews of a 120,000-row file count a seeded sample and say so; a step change redraws them', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles({ name: 'customers.ndjson', mimeType: 'application/x-ndjson', buffer: customersNdjson() });
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${ROWS.toLocaleString('en')} rows · 3 columns`, { timeout: 90_000 });
  const prepare = page.getByRole('region', { name: 'Prepare features' });
  const column = prepare.locator('[data-column="spend"]');
  const before = prepare.getByRole('img', { name: 'spend before its steps' });
  const after = prepare.getByRole('img', { name: 'spend after its steps' });
  await expect(after).toBeVisible({ timeout: 60_000 });

  const caption = (await column.locator('figcaption').first().textContent()) ?? '';
  const sampled = Number((/sample of ([\d,]+) rows/.exec(caption)?.[1] ?? 'NaN').replace(/,/g, ''));
  expect(sampled).toBeGreaterThan(45_000);
  expect(sampled).toBeLessThan(55_000);
  // spend has no missing value: the bars count exactly the sampled rows, before and after.
  expect(barTotal(await before.locator('title').allTextContents())).toBe(sampled);
  expect(barTotal(await after.locator('title').allTextContents())).toBe(sampled);
  await expect(column).toContainText(`a run fits them on all ${ROWS.toLocaleString('en')} rows`);

  const zScored = await after.innerHTML();
  await prepare.getByRole('combobox', { name: 'Transform for spend' }).selectOption('log1p');
  await expect.poll(() => after.innerHTML()).not.toBe(zScored);
  // The same rows are counted after the change.
  await expect(column.locator('figcaption').last()).toContainText(`sample of ${sampled.toLocaleString('en')} rows`);
  expect(barTotal(await after.locator('title').allTextContents())).toBe(sampled);
});
