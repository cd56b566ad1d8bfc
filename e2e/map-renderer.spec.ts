// The map's own WebGL2 renderer, judged by the pixels of its PNG export: a hidden segment's colour leaves
// the picture, a selection dims the others, a new projection redraws, zoom and reset, and a lost context comes back.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { demoWithSettledMap, openApp, runSegments } from './appSteps';

const BACKGROUND = [251, 252, 254];
/** d3's Tableau 10, the first segments' colours (segmentPalette.ts). */
const SEGMENT_RGB = [[0x4e, 0x79, 0xa7], [0xf2, 0x8e, 0x2b], [0xe1, 0x57, 0x59]];

/** The hover ring's dark outline (pointShaders.ts). */
const RING_RGB = [23, 28, 41];

interface MapImage {
  width: number; height: number; nearSegment: number[]; ring: number; painted: number; pixels: string;
  /** The pixel in the first segment's colour nearest the centre: a customer is drawn there. */
  pointAt: [number, number] | null;
}

/**
 * Saves the map as PNG and decodes the file in the page: for each segment colour, the pixels that are that
 * colour at the points' opacity over the background; the pixels off the background; a digest of all pixels.
 */
async function exportedMap(page: Page, by: 'mouse' | 'keyboard' = 'mouse'): Promise<MapImage> {
  const button = page.getByRole('button', { name: 'Save the map as PNG' });
  // The keyboard leaves the pointer where it is (a hovered point stays hovered).
  const [download] = await Promise.all([page.waitForEvent('download'), by === 'mouse' ? button.click() : button.press('Enter')]);
  const png = readFileSync(await download.path());
  return page.evaluate(async ({ base64, segments, background, ringRgb }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context to decode the PNG');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    // One point over the background: 0.8 of its colour; overlapping points come closer to the colour itself.
    const blends = segments.map((rgb) => rgb.map((c, i) => 0.8 * c + 0.2 * background[i]));
    const nearSegment = segments.map(() => 0);
    let painted = 0;
    let ring = 0;
    let digest = 0;
    let pointAt: [number, number] | null = null;
    let bestDistance = Infinity;
    for (let p = 0; p < data.length; p += 4) {
      const [r, g, b] = [data[p], data[p + 1], data[p + 2]];
      digest = (Math.imul(digest, 31) + r * 65536 + g * 256 + b) | 0;
      if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 40) painted++;
      if (Math.abs(r - ringRgb[0]) + Math.abs(g - ringRgb[1]) + Math.abs(b - ringRgb[2]) < 12) ring++;
      segments.forEach((rgb, s) => {
        const near = (target: number[]) => Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 30;
        if (near(rgb) || near(blends[s])) {
          nearSegment[s]++;
          const x = (p / 4) % image.width, y = Math.floor(p / 4 / image.width);
          const distance = Math.hypot(x - image.width / 2, y - image.height / 2);
          if (s === 0 && distance < bestDistance) { bestDistance = distance; pointAt = [x, y]; }
        }
      });
    }
    return { width: image.width, height: image.height, nearSegment, ring, painted, pixels: String(digest), pointAt };
  }, { base64: png.toString('base64'), segments: SEGMENT_RGB, background: BACKGROUND, ringRgb: RING_RGB });
}

test('hiding a segment takes its colour out of the picture; a selection dims the other segments', async ({ page }) => {
  await demoWithSettledMap(page);
  const canvas = await page.getByTestId('segment-map').locator('canvas').boundingBox();
  const shown = await exportedMap(page);
  // The PNG is the drawing buffer: the canvas's CSS size times the device pixel ratio (1 here).
  expect(shown.width).toBe(Math.round(canvas?.width ?? 0));
  expect(shown.height).toBe(Math.round(canvas?.height ?? 0));
  for (const count of shown.nearSegment) expect(count).toBeGreaterThan(200);

  await page.getByRole('button', { name: 'Show Segment 1' }).click();
  await expect(page.getByRole('button', { name: 'Show Segment 1' })).toHaveAttribute('aria-pressed', 'false');
  const hidden = await exportedMap(page);
  expect(hidden.nearSegment[0]).toBeLessThan(shown.nearSegment[0] * 0.02);
  expect(hidden.nearSegment[1]).toBeGreaterThan(shown.nearSegment[1] * 0.9);
  await page.getByRole('button', { name: 'Show Segment 1' }).click();

  await page.getByRole('button', { name: 'Select Segment 2 on the map' }).click();
  await expect(page.getByTestId('segment-map')).not.toHaveAttribute('data-selected-count', '0');
  const selected = await exportedMap(page);
  // Unselected points are dimmed, not hidden: the picture keeps faint pixels, but not their full colour.
  expect(selected.nearSegment[0]).toBeLessThan(shown.nearSegment[0] * 0.05);
  expect(selected.nearSegment[2]).toBeLessThan(shown.nearSegment[2] * 0.05);
  expect(selected.nearSegment[1]).toBeGreaterThan(shown.nearSegment[1] * 0.9);
  expect(selected.painted).toBeLessThan(shown.painted);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect.poll(async () => (await exportedMap(page)).pixels).toBe(shown.pixels);
});

test('zoom, Reset view, a hovered point ring, and a projection switch and back redraw the picture', async ({ page }) => {
  await demoWithSettledMap(page);
  const map = page.getByTestId('segment-map');
  await map.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const home = await exportedMap(page);
  expect(home.ring).toBe(0);

  // Zoom in with the wheel about the centre: the picture changes; Reset view eases back to the same pixels.
  const c = await map.locator('canvas').boundingBox();
  if (!c) throw new Error('the map has no canvas');
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await exportedMap(page)).pixels).not.toBe(home.pixels);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(async () => (await exportedMap(page)).pixels).toBe(home.pixels);

  // The hovered customer is ringed in the picture (the export pressed from the keyboard keeps the pointer there).
  // The pointer goes to the point's pixel where the canvas is now (the page scrolls as panels reveal).
  const [px, py] = home.pointAt ?? [0, 0];
  await expect.poll(async () => {
    const box = await map.locator('canvas').boundingBox();
    await page.mouse.move((box?.x ?? 0) + px + 0.5 + Math.random() * 0.2, (box?.y ?? 0) + py + 0.5);
    await page.waitForTimeout(100);
    return page.getByRole('tooltip').isVisible();
  }).toBe(true);
  expect((await exportedMap(page, 'keyboard')).ring).toBeGreaterThan(10);
  await page.mouse.move(0, 0);

  await page.getByLabel('Projection', { exact: true }).selectOption({ label: 'UMAP' });
  await page.getByRole('button', { name: 'Compute projection' }).click();
  await expect(page.getByTestId('projection-summary')).toContainText('UMAP', { timeout: 120_000 });
  await expect(map).toHaveAttribute('data-projection', 'umap');
  const umap = await exportedMap(page);
  expect(umap.pixels).not.toBe(home.pixels);
  expect(umap.painted).toBeGreaterThan(1000);
  // Back to PCA: the points travel home and the picture is the first one again, pixel for pixel.
  await page.getByLabel('Projection', { exact: true }).selectOption({ label: 'PCA' });
  await expect(map).toHaveAttribute('data-projection', 'pca');
  await expect.poll(async () => (await exportedMap(page)).pixels).toBe(home.pixels);
});

test('a lost WebGL context is said on the map, the app keeps working, and the picture comes back', async ({ page }) => {
  await demoWithSettledMap(page);
  const home = await exportedMap(page);
  const canvas = page.getByTestId('segment-map').locator('canvas');
  // The extension is kept for the restore: a lost context offers no extension.
  await canvas.evaluate((el: HTMLCanvasElement) => {
    const control = el.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    (window as unknown as { contextControl?: WEBGL_lose_context }).contextControl = control ?? undefined;
    control?.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('The map lost its WebGL context');
  // The rest of the page does not depend on the map's context.
  await page.getByRole('button', { name: 'Select Segment 1 on the map' }).click();
  await expect(page.getByTestId('selection-summary')).toContainText('customers selected');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.evaluate(() => (window as unknown as { contextControl?: WEBGL_lose_context }).contextControl?.restoreContext());
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await exportedMap(page)).pixels).toBe(home.pixels);
});

test('without WebGL2 the map says so and every other step still works', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // A browser without WebGL2: the context is refused, as a blocked or missing GPU driver would.
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, options?: unknown) {
      return kind === 'webgl2' ? null : original.call(this, kind, options as CanvasRenderingContext2DSettings);
    } as typeof original;
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await expect(page.getByRole('alert')).toContainText('The map could not start; it needs WebGL');
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', '0');
  await page.getByRole('button', { name: 'Select Segment 1 on the map' }).click();
  await expect(page.getByTestId('selection-summary')).toContainText('customers selected');
  await expect(page.getByRole('button', { name: 'Save the map as PNG' })).toBeDisabled();
});

test.describe('on a screen of two device pixels per CSS pixel', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the drawing buffer and the PNG have the device pixels, the points are drawn', async ({ page }) => {
    await demoWithSettledMap(page);
    const canvas = await page.getByTestId('segment-map').locator('canvas').boundingBox();
    const image = await exportedMap(page);
    expect(image.width).toBe(Math.round((canvas?.width ?? 0) * 2));
    expect(image.height).toBe(Math.round((canvas?.height ?? 0) * 2));
    for (const count of image.nearSegment) expect(count).toBeGreaterThan(800);
  });
});
