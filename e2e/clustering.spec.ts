// Every clustering algorithm through the real app on the demo data: the result on screen and in the
// exported file, the k-sweep, validation verdicts, run comparison by ARI, and reproducible seeds.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './guard';
import { exportCsv, openApp } from './appSteps';

async function loadDemo(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await expect(page.getByTestId('dataset-summary')).toContainText('5,000 rows');
}

async function chooseAlgorithm(page: Page, name: string): Promise<void> {
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: name });
}

async function run(page: Page, expectedSummary: RegExp | string): Promise<string> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const summary = page.getByTestId('run-summary');
  await expect(summary).toContainText(expectedSummary, { timeout: 90_000 });
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  return (await summary.textContent()) ?? '';
}

/** The exported rows as records keyed by header, without the header. */
async function exportedRecords(page: Page): Promise<{ header: string[]; records: Record<string, string>[]; text: string }> {
  const { rows, text } = await exportCsv(page);
  const header = rows[0];
  const records = rows.slice(1).filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])));
  return { header, records, text };
}

/** Checks that every child id belongs to exactly one parent id; returns the number of distinct children. */
function nestedCount(records: Record<string, string>[], child: string, parent: string): number {
  const parents = new Map<string, Set<string>>();
  for (const r of records) parents.set(r[child], (parents.get(r[child]) ?? new Set()).add(r[parent]));
  const mixed = [...parents.entries()].filter(([, p]) => p.size !== 1).map(([c]) => c);
  expect(mixed, `${child} values spanning several ${parent} values`).toEqual([]);
  return parents.size;
}

test('k-means: same seed twice gives identical exports and ARI 1; stability verdicts are shown', async ({ page }) => {
  await loadDemo(page);
  await page.getByLabel('Number of segments').fill('4');
  await page.getByLabel('Seed', { exact: true }).fill('7');
  const summary = await run(page, '4 segments');
  expect(summary).toContain('seed 7');
  const stability = page.getByRole('table', { name: 'Segment stability' });
  await expect(stability.getByRole('row')).toHaveCount(5, { timeout: 90_000 });
  for (const row of await stability.getByRole('row').all().then((rows) => rows.slice(1))) {
    await expect(row).toContainText(/(stable|doubtful|unstable)$/);
  }
  await expect(page.getByTestId('validation-result')).toContainText('exact, on every customer');
  const first = await exportedRecords(page);
  expect(first.records.length).toBe(5000);

  await run(page, '4 segments');
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row')).toHaveCount(3);
  const second = await exportedRecords(page);
  expect(second.text).toBe(first.text);

  await page.getByRole('checkbox', { name: 'Compare run 1' }).check();
  await page.getByRole('checkbox', { name: 'Compare run 2' }).check();
  await expect(page.getByTestId('run-comparison')).toContainText('adjusted Rand index 1.000, identical segments');

  // A different seed and k makes different segments: the comparison says so.
  await page.getByLabel('Number of segments').fill('7');
  await page.getByLabel('Seed', { exact: true }).fill('8');
  await run(page, '7 segments');
  await page.getByRole('checkbox', { name: 'Compare run 3' }).check();
  await expect(page.getByTestId('run-comparison')).toContainText(/Run 2 and run 3: adjusted Rand index 0\.\d{3}/);

  await page.getByRole('button', { name: 'Show run 1' }).click();
  await expect(page.getByTestId('run-summary')).toContainText('4 segments');
  await expect(page.getByTestId('run-summary')).toContainText('seed 7');

  // The runs list and the shown run come back after a reload, with their validation.
  const shown = await page.getByTestId('run-summary').textContent();
  await page.reload();
  await expect(page.getByTestId('run-summary')).toHaveText(shown ?? '', { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'Segment stability' }).getByRole('row')).toHaveCount(5);
});

test('DBSCAN: eps from the k-distance plot; noise is its own group, exported unassigned as "Noise"', async ({ page }) => {
  await loadDemo(page);
  await chooseAlgorithm(page, 'DBSCAN');
  const eps = page.getByLabel('Neighbourhood radius (eps)');
  await expect(eps).toHaveValue('0.5');
  await expect(page.getByRole('img', { name: /k-distance plot\); Suggested eps = / })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Use suggested eps' }).click();
  await expect(eps).not.toHaveValue('0.5');
  const summary = await run(page, /\d segments/);
  const noise = Number(/([\d,]+) customers \([\d.]+ %\) left as noise/.exec(summary)?.[1].replace(/,/g, ''));
  expect(noise).toBeGreaterThan(0);
  await expect(page.getByRole('table', { name: 'Segments' })).toContainText('Noise');
  await expect(page.getByRole('list', { name: 'Segment colours' })).toContainText('Noise');

  const { header, records } = await exportedRecords(page);
  expect(header.slice(-2)).toEqual(['segment_id', 'segment_name']);
  const noiseRecords = records.filter((r) => r.segment_name === 'Noise');
  expect(noiseRecords.length).toBe(noise);
  expect(noiseRecords.every((r) => r.segment_id === '')).toBe(true);
  expect(records.filter((r) => r.segment_id === '').length).toBe(noise);
});

test('HDBSCAN: finds its own segments and marks noise', async ({ page }) => {
  await loadDemo(page);
  await chooseAlgorithm(page, 'HDBSCAN');
  await page.getByLabel('Smallest segment (min_cluster_size)').fill('40');
  await page.getByLabel('Density neighbours (min_samples)').fill('10');
  const summary = await run(page, /\d+ segments/);
  const segments = Number(/^(\d+) segments/.exec(summary)?.[1]);
  expect(segments).toBeGreaterThanOrEqual(2);
  const { records } = await exportedRecords(page);
  const ids = new Set(records.map((r) => r.segment_id).filter((id) => id !== ''));
  expect(ids.size).toBe(segments);
  expect(records.filter((r) => r.segment_id === '').every((r) => r.segment_name === 'Noise')).toBe(true);
});

test('agglomerative: the three-level cut nests segments, sub-segments and micro-segments in the export', async ({ page }) => {
  await loadDemo(page);
  await chooseAlgorithm(page, 'Agglomerative (hierarchical)');
  await expect(page.getByRole('option', { name: /manhattan \(ward uses euclidean distances only\)/ })).toBeDisabled();
  await page.getByLabel('Number of segments (n_clusters)').fill('4');
  await page.getByLabel('Sub-segments', { exact: true }).fill('9');
  await page.getByLabel('Micro-segments', { exact: true }).fill('20');
  await run(page, '4 segments');
  await expect(page.getByTestId('run-summary')).toContainText('tree cut at height');
  const { header, records } = await exportedRecords(page);
  expect(header.slice(-4)).toEqual(['segment_id', 'segment_name', 'sub_segment_id', 'micro_segment_id']);
  expect(records.length).toBe(5000);
  expect(new Set(records.map((r) => r.segment_id)).size).toBe(4);
  expect(nestedCount(records, 'sub_segment_id', 'segment_id')).toBe(9);
  expect(nestedCount(records, 'micro_segment_id', 'sub_segment_id')).toBe(20);
});

test('Gaussian mixture: probabilities in [0, 1] exported; uncertain customers counted', async ({ page }) => {
  await loadDemo(page);
  await chooseAlgorithm(page, 'Gaussian mixture');
  await page.getByLabel('Number of segments (n_components)').fill('5');
  await page.getByLabel('Covariance (covariance_type)').selectOption('diag');
  await page.getByLabel('Uncertainty threshold').fill('0.9');
  await run(page, '5 segments');
  await expect(page.getByTestId('run-summary')).toContainText('BIC');
  const uncertainText = await page.getByTestId('uncertain-summary').textContent();
  const uncertain = Number(/^([\d,]+) customers/.exec(uncertainText ?? '')?.[1].replace(/,/g, ''));
  const { header, records } = await exportedRecords(page);
  expect(header.at(-1)).toBe('segment_probability');
  const probabilities = records.map((r) => Number(r.segment_probability));
  expect(probabilities.filter((p) => !(p >= 0 && p <= 1))).toEqual([]);
  // The top probability of k components is at least 1/k.
  expect(Math.min(...probabilities)).toBeGreaterThanOrEqual(1 / 5 - 1e-9);
  expect(probabilities.filter((p) => p < 0.9).length).toBe(uncertain);
});

test('k-sweep: the recommended k is used for the next run; a cancelled sweep leaves the app usable', async ({ page }) => {
  await loadDemo(page);
  await page.getByLabel('Smallest k').fill('2');
  await page.getByLabel('Largest k').fill('8');
  await page.getByRole('button', { name: 'Sweep k' }).click();
  const recommendation = page.getByText(/Recommended k = \d+\./);
  await expect(recommendation).toBeVisible({ timeout: 90_000 });
  const k = Number(/Recommended k = (\d+)/.exec((await recommendation.textContent()) ?? '')?.[1]);
  expect(k).toBeGreaterThanOrEqual(2);
  expect(k).toBeLessThanOrEqual(8);
  await expect(page.getByRole('img', { name: /^Inertia/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Silhouette/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Gap statistic/ })).toBeVisible();
  // Each sweep chart saves as SVG for a deck: the file holds the chart's title and one dot per k tried.
  const [svg] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the Silhouette (higher is better) chart as SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('silhouette-higher-is-better-chart.svg');
  const svgText = readFileSync(await svg.path() ?? '', 'utf8');
  expect(svgText).toContain('Silhouette (higher is better)');
  expect(svgText.match(/<circle/g)?.length ?? 0).toBeGreaterThanOrEqual(7);
  await page.getByRole('button', { name: `Use k = ${k}` }).click();
  await expect(page.getByLabel('Number of segments')).toHaveValue(String(k));
  await run(page, `${k} segments`);

  await page.getByLabel('Largest k').fill('40');
  await page.getByRole('button', { name: 'Sweep k' }).click();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop the sweep' }).click();
  await expect(page.getByText('Sweep cancelled')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toHaveCount(0);
  // The previous sweep's figures and the run stay; a new run still works.
  await expect(page.getByText(/Recommended k = \d+\./)).toBeVisible();
  await page.getByLabel('Number of segments').fill('3');
  await run(page, '3 segments');
});
