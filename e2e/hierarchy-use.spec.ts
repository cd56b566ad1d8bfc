// "Use these segments" in the tree view: the cut dragged on the dendrogram becomes the current run, so
// the segments table lists the cut's segments with its sizes, and the exported CSV carries its labels.
import { test, expect } from './guard';
import { exportCsv, openApp, runSegments } from './appSteps';

const countOf = (text: string | null) => Number(/^(\d+)/.exec((text ?? '').trim())?.[1] ?? 'NaN');
const sizesOf = (text: string | null) => (text ?? '').replace('Sizes:', '').split('·').map((s) => Number(s.trim().replace(/,/g, '')));

test('a dragged cut becomes the segments: table and export follow it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  const tree = page.getByTestId('dendrogram');
  await expect(tree).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('cut-segments')).toHaveText('5 segments');

  // Drag the segment cut up towards the root, a little at a time, until it leaves fewer, bigger segments.
  const cut = page.getByRole('slider', { name: 'Cut height', exact: true });
  await tree.scrollIntoViewIfNeeded();
  const line = await cut.boundingBox();
  const top = await tree.boundingBox();
  if (!line || !top) throw new Error('the cut line or the tree has no box');
  const x = line.x + line.width / 2;
  const y = line.y + line.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  let count = 5;
  for (let step = 1; step <= 30 && count >= 5; step++) {
    await page.mouse.move(x, y - ((y - top.y) * step) / 30, { steps: 2 });
    count = countOf(await page.getByTestId('cut-segments').textContent());
  }
  await page.mouse.up();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThan(5);
  const sizes = sizesOf(await page.getByTestId('cut-sizes').textContent());
  expect(sizes).toHaveLength(count);
  const subText = await page.getByRole('slider', { name: 'Sub-segment cut height' }).getAttribute('aria-valuetext');
  const subCount = Number(/: (\d+) sub-segments$/.exec(subText ?? '')?.[1]);
  expect(subCount).toBeGreaterThanOrEqual(count);

  const dragged = await cut.getAttribute('aria-valuenow');
  await page.getByRole('button', { name: 'Use these segments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'now holds the tree' })).toContainText(`Run 2 now holds the tree's ${count} segments`);
  await expect(page.getByTestId('run-summary')).toContainText(`${count} segments`);
  const table = page.getByRole('table', { name: 'Segments' });
  await expect(table.getByRole('textbox', { name: /^Name of segment \d+$/ })).toHaveCount(count);
  // The table's sizes are the cut's sizes.
  const tableSizes = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  expect([...tableSizes].sort((a, b) => b - a)).toEqual(sizes);
  // The map colours the new segments: one legend entry each.
  await expect(page.getByRole('list', { name: 'Segment colours' }).getByRole('button', { name: /^Show Segment \d+$/ })).toHaveCount(count);
  // The tree stays, with the cut where it was dragged (a new tree would put it mid-gap); the silhouette plot follows the new segments.
  await expect(page.getByTestId('cut-segments')).toHaveText(`${count} segments`);
  expect(await cut.getAttribute('aria-valuenow')).toBe(dragged);
  const silhouettes = page.getByRole('table', { name: 'Silhouette by segment' }).locator('tbody tr td:nth-child(2)');
  await expect(silhouettes).toHaveCount(count, { timeout: 60_000 });
  expect((await silhouettes.allTextContents()).map((t) => Number(t.replace(/,/g, ''))).sort((a, b) => b - a)).toEqual(sizes);

  const { rows } = await exportCsv(page);
  const header = rows[0];
  const segment = header.indexOf('segment_id');
  const sub = header.indexOf('sub_segment_id');
  expect(segment).toBeGreaterThan(0);
  expect(sub).toBeGreaterThan(0);
  const data = rows.slice(1).filter((r) => r.length === header.length);
  expect(data).toHaveLength(5000);
  const perSegment = new Map<string, number>();
  for (const r of data) perSegment.set(r[segment], (perSegment.get(r[segment]) ?? 0) + 1);
  expect([...perSegment.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
  expect([...perSegment.values()].sort((a, b) => b - a)).toEqual(sizes);
  expect(new Set(data.map((r) => r[sub])).size).toBe(subCount);

  // The new run is stored like any run: a reload brings it back as the current one.
  const summary = await page.getByTestId('run-summary').textContent();
  expect(summary).toContain(`${count} segments`);
  await page.reload();
  await expect(page.getByTestId('run-summary')).toHaveText(summary ?? '', { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Segments' }).getByRole('textbox', { name: /^Name of segment \d+$/ })).toHaveCount(count);
});
