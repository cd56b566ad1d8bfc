// Seeing the segments: PCA details, t-SNE and UMAP computed in workers and drawn while they run,
// colour by feature, legend toggles, and the map and charts saved as images.
import { readFileSync } from 'node:fs';
import { test, expect } from './guard';
import { openApp, runSegments } from './appSteps';
import { mainThreadTasks, startTrace, stopTrace, tasksOver } from './mainThreadTrace';

async function demoWithSegments(page: import('@playwright/test').Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', '5000');
}

async function computeProjection(page: import('@playwright/test').Page, method: string): Promise<void> {
  await page.getByLabel('Projection', { exact: true }).selectOption({ label: method });
  await page.getByRole('button', { name: 'Compute projection' }).click();
}

test('PCA shows its scree plot, loadings and biplot', async ({ page }) => {
  await demoWithSegments(page);
  await computeProjection(page, 'PCA');
  await expect(page.getByTestId('projection-summary')).toContainText('trustworthiness');
  await expect(page.getByRole('img', { name: 'Scree plot' })).toBeVisible();
  await expect(page.getByText(/components above the Kaiser line/)).toBeVisible();
  const loadings = page.getByRole('table', { name: 'PCA loadings' });
  await expect(loadings).toContainText('total_spend_eur');
  await expect(loadings.getByRole('row')).toHaveCount(10);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the scree plot as SVG' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toContain('<svg');
  expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThanOrEqual(8);
});

test('t-SNE runs in a worker, animates without blocking the page, and reports trustworthiness', async ({ page, browser }) => {
  await demoWithSegments(page);
  // The run's own follow-up jobs (validation, tree, silhouettes) finish first, so that the trace below
  // sees the projection alone (e2e/long-tasks.spec.ts covers the end of a run).
  await expect(page.getByRole('table', { name: 'Segment stability' }).getByRole('row')).toHaveCount(6, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Silhouette by segment' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Projection', { exact: true }).selectOption({ label: 't-SNE' });
  await page.getByLabel('n_iter').fill('400');
  await startTrace(browser, page);
  await page.getByRole('button', { name: 'Compute projection' }).click();
  // Waiting is a cheap DOM check inside the page: Playwright's retrying assertions would add main-thread tasks.
  const finished = await page.waitForFunction(() => {
    const w = window as unknown as { progressSeen?: boolean };
    w.progressSeen ||= document.querySelector('[role="progressbar"][aria-label="Projection progress"]') !== null;
    const summary = document.querySelector('[data-testid="projection-summary"]')?.textContent ?? '';
    const map = document.querySelector('[data-testid="segment-map"]');
    return summary.includes('t-SNE') && map?.getAttribute('data-projection') === 'tsne' ? { progressSeen: w.progressSeen === true } : null;
  }, undefined, { polling: 100, timeout: 120_000 });
  const tasks = mainThreadTasks(await stopTrace(browser));
  expect(await finished.jsonValue()).toEqual({ progressSeen: true });
  const summary = await page.getByTestId('projection-summary').textContent();
  const trust = Number(/trustworthiness ([\d.]+)/.exec(summary ?? '')?.[1]);
  expect(trust).toBeGreaterThan(0.8);
  // CPU time per main-thread task from the trace: the wall-clock time of a task grows with the machine's load,
  // its CPU time is what the page's own code costs.
  expect(tasks.length).toBeGreaterThan(50);
  test.info().annotations.push({ type: 'main-thread tasks', description: `longest CPU ${Math.max(...tasks.map((t) => t.cpuMs))} ms, longest wall ${Math.max(...tasks.map((t) => t.wallMs))} ms` });
  expect(tasksOver(tasks, 50).map((t) => `${t.cpuMs} ms CPU at ${t.startMs} ms`)).toEqual([]);
});

test('UMAP runs, can be cancelled, and switching back to PCA animates the points home', async ({ page }) => {
  await demoWithSegments(page);
  await computeProjection(page, 'UMAP');
  await page.getByRole('button', { name: 'Cancel projection' }).click();
  await expect(page.getByText('Projection cancelled.')).toBeVisible();
  await page.getByRole('button', { name: 'Compute projection' }).click();
  await expect(page.getByTestId('projection-summary')).toContainText('UMAP', { timeout: 120_000 });
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-projection', 'umap');
  await page.getByLabel('Projection', { exact: true }).selectOption({ label: 'PCA' });
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-projection', 'pca');
});

test('colour by a feature, hide a segment, save the map as PNG', async ({ page }) => {
  await demoWithSegments(page);
  await page.getByLabel('Colour by').selectOption('feature:total_spend_eur');
  await expect(page.getByLabel('Colour scale')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Show Segment 1' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the map as PNG' }).click()]);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
});

test('linked views: a segment chosen in the table is selected on the map, and the selection filters the table', async ({ page }) => {
  await demoWithSegments(page);
  const segments = page.getByRole('table', { name: 'Segments' });
  const size = Number((await segments.locator('tbody tr').first().locator('td').nth(1).textContent())?.replace(/[^\d]/g, ''));
  await page.getByRole('button', { name: 'Select Segment 1 on the map' }).click();
  await expect(page.getByTestId('selection-summary')).toContainText(`${size.toLocaleString('en')} customers selected`);
  await expect(page.getByTestId('segments-filter')).toContainText('in 1 segment.');
  await expect(segments.locator('tbody tr').first()).toContainText(`${size.toLocaleString('en')} (100.0 %)`);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByTestId('segments-filter')).toHaveCount(0);
  await expect(page.getByTestId('selection-summary')).not.toContainText('customers selected');
});
