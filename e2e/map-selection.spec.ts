// The map's own hit-testing on the demo: box and lasso select through our point grid and filter the
// segments table; hovering a point shows its row; hovering a table row highlights its segment on the map.
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { demoWithSettledMap, paintedPixels } from './appSteps';

/**
 * The canvas's place on screen once the whole map is in view and the page has stopped moving (panels
 * below and above still fill in after a run: validation, tree, profiles).
 */
async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const canvas = page.getByTestId('segment-map').locator('canvas');
  let previous = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.getByTestId('segment-map').evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(250);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map has no canvas');
    if (JSON.stringify(box) === previous) return box;
    previous = JSON.stringify(box);
  }
  throw new Error('the map kept moving');
}

async function drag(page: Page, points: [number, number][]): Promise<void> {
  await page.mouse.move(points[0][0], points[0][1]);
  await page.mouse.down();
  for (const [x, y] of points.slice(1)) await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.up();
}

async function selectedCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('segment-map').getAttribute('data-selected-count'));
}

/** Customers outside the initial frame, from the map's note (0 when there is none). */
async function outsideFrame(page: Page): Promise<number> {
  const note = page.getByText(/outlying customers are outside this frame/);
  if ((await note.count()) === 0) return 0;
  return Number((await note.textContent())?.replace(/[^\d]/g, '') ?? 0);
}

test('box and lasso select through the grid and filter the segments table', async ({ page }) => {
  await demoWithSettledMap(page);
  const c = await canvasBox(page);
  await page.getByRole('button', { name: 'Box selection' }).click();
  await expect(page.getByRole('button', { name: 'Box selection' })).toHaveAttribute('aria-pressed', 'true');

  // The frame ([-1, 1] on both axes, the customers outside it counted in the map's note) is the square in
  // the middle of the wide canvas, as tall as the canvas.
  const centre = c.x + c.width / 2, left = centre - c.height / 2, right = centre + c.height / 2, middle = centre;
  const top = c.y + 0.01, bottom = c.y + c.height - 0.01;
  // A box over the whole frame holds every customer drawn inside it.
  await drag(page, [[left, top], [right, bottom]]);
  await expect(page.getByTestId('segments-filter')).toBeVisible();
  const everyone = 5000 - (await outsideFrame(page));
  expect(await selectedCount(page)).toBe(everyone);

  // The left half: fewer customers, and the table's "in selection" column adds up to them.
  await drag(page, [[left, top], [middle, bottom]]);
  await expect.poll(() => selectedCount(page)).toBeLessThan(everyone);
  const half = await selectedCount(page);
  expect(half).toBeGreaterThan(0);
  await expect(page.getByTestId('selection-summary')).toContainText(`${half.toLocaleString('en')} customers selected`);
  await expect(page.getByTestId('segments-filter')).toContainText(`${half.toLocaleString('en')} customers in`);
  const inSelection = await page.getByRole('table', { name: 'Segments' }).locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Number((row.querySelectorAll('td')[3]?.textContent ?? '').split('(')[0].replace(/[^\d]/g, ''))));
  expect(inSelection.reduce((a, b) => a + b, 0)).toBe(half);

  // The same left half drawn as a lasso (a rectangle traced by hand) selects the same customers.
  await page.getByRole('button', { name: 'Lasso' }).click();
  await drag(page, [[left, top], [middle, top], [middle, bottom], [left, bottom], [left, top + 2]]);
  await expect.poll(() => selectedCount(page)).toBe(half);

  // Escape in the map's tools clears the selection; the lasso brings it back.
  await page.getByRole('button', { name: 'Lasso' }).press('Escape');
  await expect.poll(() => selectedCount(page)).toBe(0);
  await drag(page, [[left, top], [middle, top], [middle, bottom], [left, bottom], [left, top + 2]]);
  await expect.poll(() => selectedCount(page)).toBe(half);

  // A box over empty space clears the selection and the table is whole again.
  await page.getByRole('button', { name: 'Box selection' }).click();
  await drag(page, [[c.x + 20, c.y + 60], [c.x + 26, c.y + 66]]);
  await expect.poll(() => selectedCount(page)).toBe(0);
  await expect(page.getByTestId('segments-filter')).toHaveCount(0);
});

test('hovering a point shows its row; hovering a table row highlights its segment and keeps the selection', async ({ page }) => {
  await demoWithSettledMap(page);
  const c = await canvasBox(page);
  const map = page.getByTestId('segment-map');

  // Sweep the pointer across the middle of the map until it comes near a customer.
  let found = false;
  for (let step = 0; step < 60 && !found; step++) {
    await page.mouse.move(c.x + c.width * (0.3 + step * 0.0067), c.y + c.height * (0.35 + (step % 6) * 0.05));
    found = await page.getByRole('tooltip').isVisible();
  }
  expect(found).toBe(true);
  await expect(page.getByRole('tooltip')).toContainText(/Row [\d,]+ · Segment \d/);

  await page.getByRole('button', { name: 'Select Segment 2 on the map' }).click();
  const selected = await selectedCount(page);
  expect(selected).toBeGreaterThan(0);
  const rows = page.getByRole('table', { name: 'Segments' }).locator('tbody tr');
  await rows.nth(2).hover();
  await expect(map).toHaveAttribute('data-highlighted-segment', '2');
  expect(await selectedCount(page)).toBe(selected);
  // With the keyboard (focus stays while the page scrolls to the map): the other segments fade towards
  // the background, so fewer pixels stand out from it.
  await page.mouse.move(0, 0);
  await page.locator('#segments-heading').hover();
  const before = await paintedPixels(page);
  await page.getByRole('textbox', { name: 'Name of segment 3' }).focus();
  await expect(map).toHaveAttribute('data-highlighted-segment', '2');
  await expect.poll(() => paintedPixels(page)).toBeLessThan(before * 0.8);
  await page.getByRole('textbox', { name: 'Name of segment 3' }).blur();
  await expect(map).toHaveAttribute('data-highlighted-segment', '');
  await rows.nth(0).hover();
  await expect(map).toHaveAttribute('data-highlighted-segment', '0');
  await page.locator('#segments-heading').hover();
  await expect(map).toHaveAttribute('data-highlighted-segment', '');
  expect(await selectedCount(page)).toBe(selected);
});

test('after switching to UMAP the box selects by the new places, and a selection keeps its rows', async ({ page }) => {
  await demoWithSettledMap(page);
  await page.getByRole('button', { name: 'Select Segment 1 on the map' }).click();
  const segmentRows = await selectedCount(page);
  await page.getByLabel('Projection', { exact: true }).selectOption({ label: 'UMAP' });
  await page.getByRole('button', { name: 'Compute projection' }).click();
  const map = page.getByTestId('segment-map');
  await expect(map).toHaveAttribute('data-projection', 'umap', { timeout: 120_000 });
  await expect(map).toHaveAttribute('data-index-ready', 'true');
  // The selection is a list of rows: the same customers stay selected wherever they are drawn.
  expect(await selectedCount(page)).toBe(segmentRows);
  await expect(page.getByTestId('selection-summary')).toContainText(`${segmentRows.toLocaleString('en')} customers selected`);

  const c = await canvasBox(page);
  const centre = c.x + c.width / 2, left = centre - c.height / 2, right = centre + c.height / 2;
  await page.getByRole('button', { name: 'Box selection' }).click();
  await drag(page, [[left, c.y + 0.01], [right, c.y + c.height - 0.01]]);
  await expect.poll(async () => selectedCount(page)).toBe(5000 - (await outsideFrame(page)));
});
