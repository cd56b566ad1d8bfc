// The tree and silhouette step on the demo data: the dendrogram draws, cut lines move by keyboard and
// mouse, a branch selects customers on the map, the silhouette plot groups every customer by segment.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { openApp, runSegments } from './appSteps';

async function demoWithSegments(page: Page, segments: number): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, segments);
  await expect(page.getByRole('heading', { name: /Tree and silhouette/ })).toBeVisible();
  await expect(page.getByTestId('dendrogram')).toBeVisible({ timeout: 60_000 });
}


test('the dendrogram draws, and the cut line moves with the keyboard and the mouse', async ({ page }) => {
  await demoWithSegments(page, 5);
  const tree = page.getByTestId('dendrogram');
  await expect(tree).toHaveAttribute('data-leaves', '40');
  // 40 folded leaves and the 39 merges above them, each a clickable branch.
  await expect(tree.getByRole('button', { name: /^Branch of/ })).toHaveCount(79);
  const summary = page.getByTestId('cut-summary');
  await expect(page.getByTestId('cut-segments')).toHaveText('5 segments');
  await expect(summary).toContainText(/mean silhouette -?0\.\d{3} on a sample of 2,000 customers/);

  const cut = page.getByRole('slider', { name: 'Cut height', exact: true });
  await cut.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('cut-segments')).toHaveText('4 segments');
  await expect(cut).toHaveAttribute('aria-valuetext', /4 segments$/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('cut-segments')).toHaveText('6 segments');
  await expect(summary).toContainText(/mean silhouette -?0\.\d{3} on a sample/);
  // Sizes of the six segments add up to every customer.
  const sizes = ((await page.getByTestId('cut-sizes').textContent()) ?? '').replace('Sizes:', '').split('·').map((s) => Number(s.trim().replace(/,/g, '')));
  expect(sizes).toHaveLength(6);
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);

  // The sub-segment line nests below the segment line: moving the segment line down past it pushes it along.
  const sub = page.getByRole('slider', { name: 'Sub-segment cut height' });
  const subBefore = Number(await sub.getAttribute('aria-valuenow'));
  await cut.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('cut-segments')).not.toHaveText('6 segments');
  expect(Number(await sub.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(Math.min(subBefore, Number(await cut.getAttribute('aria-valuenow'))));

  // Drag the cut line to the top of the tree: one segment.
  await page.keyboard.press('ArrowUp');
  const box = await cut.boundingBox();
  const top = await tree.boundingBox();
  if (!box || !top) throw new Error('the cut line or the tree has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, top.y + 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('cut-segments')).toHaveText('1 segments');
});

test('a branch click selects its customers on the map', async ({ page }) => {
  await demoWithSegments(page, 5);
  const leaf = page.getByTestId('dendrogram').getByRole('button', { name: /^Branch of [\d,]+ customers$/ }).first();
  const size = Number(/Branch of ([\d,]+)/.exec((await leaf.getAttribute('aria-label')) ?? '')?.[1].replace(/,/g, ''));
  expect(size).toBeGreaterThan(0);
  await leaf.click();
  await expect(page.getByTestId('selection-summary')).toContainText(`${size.toLocaleString('en')} customers selected`);
  await expect(page.getByTestId('branch-selection')).toContainText(`${size.toLocaleString('en')} customers of this branch`);
  await expect(leaf).toHaveAttribute('aria-pressed', 'true');
  // A merge higher up, chosen with the keyboard, selects more customers.
  const merge = page.getByTestId('dendrogram').getByRole('button', { name: /merged at height/ }).last();
  const mergeSize = Number(/Branch of ([\d,]+)/.exec((await merge.getAttribute('aria-label')) ?? '')?.[1].replace(/,/g, ''));
  await merge.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selection-summary')).toContainText(`${mergeSize.toLocaleString('en')} customers selected`);
  await expect(merge).toHaveAttribute('aria-pressed', 'true');
  await expect(leaf).toHaveAttribute('aria-pressed', 'false');
});

test('the silhouette plot shows one group per segment with means, and both charts save as SVG and PNG', async ({ page }) => {
  await demoWithSegments(page, 5);
  const table = page.getByRole('table', { name: 'Silhouette by segment' });
  await expect(table.locator('tbody tr')).toHaveCount(5, { timeout: 60_000 });
  const rows = await table.locator('tbody tr').allTextContents();
  let scored = 0;
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('td').allTextContents();
    scored += Number(cells[1].replace(/,/g, ''));
    const mean = Number(cells[2]);
    expect(mean).toBeGreaterThanOrEqual(-1);
    expect(mean).toBeLessThanOrEqual(1);
  }
  expect(rows[0]).toContain('Segment 1');
  expect(scored).toBe(5000);
  await expect(page.getByTestId('silhouette-caption')).toContainText('for all 5,000 customers');
  await expect(page.getByRole('img', { name: /^Customer silhouettes by segment: 5 segments, overall mean -?\d\.\d\d$/ })).toBeVisible();
  const painted = await page.getByTestId('silhouette-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) count++;
    return count;
  });
  expect(painted).toBeGreaterThan(5000);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the silhouette plot as SVG' }).click()]);
  const plotSvg = readFileSync(await svgDownload.path(), 'utf8');
  expect((plotSvg.match(/class="silhouette-group"/g) ?? []).length).toBe(5);
  expect((plotSvg.match(/class="segment-mean"/g) ?? []).length).toBe(5);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the silhouette plot as PNG' }).click()]);
  expect(readFileSync(await pngDownload.path()).subarray(1, 4).toString('ascii')).toBe('PNG');

  const [treeDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the dendrogram as SVG' }).click()]);
  const treeSvg = readFileSync(await treeDownload.path(), 'utf8');
  expect(treeSvg).toContain('<svg');
  expect((treeSvg.match(/class="branch"/g) ?? []).length).toBe(79);
  const leafSizes = [...treeSvg.matchAll(/>\(([\d,]+)\)</g)].map((m) => Number(m[1].replace(/,/g, '')));
  expect(leafSizes).toHaveLength(40);
  expect(leafSizes.reduce((a, b) => a + b, 0)).toBe(5000);
  const [treePng] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the dendrogram as PNG' }).click()]);
  expect(readFileSync(await treePng.path()).subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('an agglomerative run opens its own tree: its linkage, its cut, the same segments', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'Agglomerative (hierarchical)' });
  await page.getByLabel('Number of segments (n_clusters)').fill('4');
  await page.getByLabel('Sub-segments', { exact: true }).fill('9');
  await page.getByLabel('Micro-segments', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('4 segments', { timeout: 90_000 });
  await expect(page.getByTestId('dendrogram')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel('Tree linkage', { exact: true })).toHaveValue('ward');
  await expect(page.getByTestId('cut-segments')).toHaveText('4 segments');
  await expect(page.getByTestId('cut-summary')).toContainText('9 sub-segments · 20 micro-segments');
  // The tree is the run's tree: the cut's sizes are the segments' sizes.
  const numbers = (texts: string[]) => texts.map((t) => Number(t.replace(/[^\d]/g, ''))).sort((a, b) => b - a);
  const segmentSizes = numbers(await page.getByRole('table', { name: 'Segments' }).locator('tbody tr td:nth-child(2)').allTextContents());
  const cutSizes = numbers(((await page.getByTestId('cut-sizes').textContent()) ?? '').replace('Sizes:', '').split('·'));
  expect(segmentSizes).toHaveLength(4);
  expect(cutSizes).toEqual(segmentSizes);
  const scored = numbers(await page.getByRole('table', { name: 'Silhouette by segment' }).locator('tbody tr td:nth-child(2)').allTextContents());
  expect(scored).toEqual(segmentSizes);
  // Another linkage builds another tree over the same customers; the cut keeps its place in it.
  await page.getByLabel('Tree linkage', { exact: true }).selectOption('average');
  await expect(page.getByTestId('dendrogram')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('cut-segments')).toHaveText('4 segments');
  const averageSizes = numbers(((await page.getByTestId('cut-sizes').textContent()) ?? '').replace('Sizes:', '').split('·'));
  expect(averageSizes.reduce((a, b) => a + b, 0)).toBe(5000);
  expect(averageSizes).not.toEqual(segmentSizes);
});
