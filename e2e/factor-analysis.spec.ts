// Factor analysis beside PCA on the demo: Kaiser's count agrees with the scree plot's eigenvalues above 1,
// switching the rotation changes the loadings, a fixed number of factors is obeyed, the chart saves as SVG.
import { readFileSync } from 'node:fs';
import { test, expect } from './guard';
import { openApp, runSegments } from './appSteps';

test('factor analysis: Kaiser count, rotations, a fixed number of factors, SVG export', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await page.getByRole('button', { name: 'Show factor analysis' }).click();
  const summary = page.getByTestId('factor-summary');
  await expect(summary).toContainText("by Kaiser's criterion");
  await expect(summary).toContainText('rotation varimax');

  // Kaiser's count is the number of scree bars above 1, and the table has one column per factor.
  const titles = await page.getByRole('img', { name: 'Factor scree plot' }).locator('rect title').allTextContents();
  const eigenvalues = titles.map((t) => Number(/: eigenvalue ([\d.]+)/.exec(t)?.[1]));
  expect(eigenvalues.length).toBeGreaterThanOrEqual(3);
  const aboveOne = eigenvalues.filter((v) => v > 1).length;
  expect(aboveOne).toBeGreaterThanOrEqual(1);
  await expect(summary).toContainText(`${aboveOne} factor`);
  await expect(summary).toContainText(`Kaiser gives ${aboveOne},`);
  const loadings = page.getByRole('table', { name: 'Factor loadings' });
  await expect(loadings.locator('thead th')).toHaveCount(aboveOne + 2);
  await expect(loadings).toContainText('total_spend_eur');

  const varimax = await loadings.locator('tbody').innerText();
  await page.getByLabel('Rotation').selectOption('none');
  await expect(summary).toContainText('rotation none');
  const unrotated = await loadings.locator('tbody').innerText();
  if (aboveOne > 1) {
    expect(unrotated).not.toEqual(varimax);
    await page.getByLabel('Rotation').selectOption('oblimin');
    await expect(summary).toContainText('rotation oblimin');
    await expect(page.getByRole('table', { name: 'Factor correlations' })).toBeVisible();
    expect(await loadings.locator('tbody').innerText()).not.toEqual(varimax);
  }

  // A number of factors chosen by hand: the table follows it.
  await page.getByLabel('Number of factors').selectOption('number');
  await page.getByLabel('Factors', { exact: true }).fill('3');
  await expect(summary).toContainText('3 factors as asked');
  await expect(loadings.locator('thead th')).toHaveCount(5);
  await expect(loadings.locator('td[data-salient="true"]').first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the factor scree plot as SVG' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect((svg.match(/<rect /g) ?? []).length).toBe(eigenvalues.length);
});
