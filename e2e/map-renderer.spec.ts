// The map's own WebGL2 renderer, judged by the pixels of its PNG export: a hidden segment's colour leaves
// the picture, a selection dims the others, a new projection redraws, zoom and reset, and a lost context comes back.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { openApp, runSegments } from './appSteps';

const BACKGROUND = [251, 252, 254];
/** d3's Tableau 10, the first segments' colours (segmentPalette.ts). */
const SEGMENT_RGB = [[0x4e, 0x79, 0xa7], [0xf2, 0x8e, 0x2b], [0xe1, 0x57, 0x59]];

interface MapImage { width: number; height: number; nearSegment: number[]; painted: number; pixels: string }

async function demoWithSegments(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', '5000');
}

/**
 * Saves the map as PNG and decodes the file in the page: for each segment colour, the pixels that are that
 * colour at the points' opacity over the background; the pixels off the background; a digest of all pixels.
 */
async function exportedMap(page: Page): Promise<MapImage> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the map as PNG' }).click()]);
  const png = readFileSync(await download.path());
  return page.evaluate(async ({ base64, segments, background }) => {
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
    let digest = 0;
    for (let p = 0; p < data.length; p += 4) {
      const [r, g, b] = [data[p], data[p + 1], data[p + 2]];
      digest = (Math.imul(digest, 31) + r * 65536 + g * 256 + b) | 0;
      if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 40) painted++;
      segments.forEach((rgb, s) => {
        const near = (target: number[]) => Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 30;
        if (near(rgb) || near(blends[s])) nearSegment[s]++;
      });
    }
    return { width: image.width, height: image.height, nearSegment, painted, pixels: String(digest) };
  }, { base64: png.toString('base64'), segments: SEGMENT_RGB, background: BACKGROUND });
}

test('hiding a segment takes its colour out of the picture; a selection dims the other segments', async ({ page }) => {
  await demoWithSegments(page);
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
