// Steps shared by the browser tests, written as a person would do them (roles and names).
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect } from './guard';
import { parseCsv } from './csv';

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Audience Lab' })).toBeVisible();
}

export async function runSegments(page: Page, segments: number): Promise<void> {
  await page.getByLabel('Number of segments').fill(String(segments));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText(`${segments} segments`, { timeout: 60_000 });
  // Stored in IndexedDB a task after it is shown: a test that reloads next must not outrun the save.
  await expect(page.getByTestId('run-summary')).toHaveAttribute('data-saved', 'true', { timeout: 60_000 });
}

/**
 * The demo in five segments, once the run's follow-up results (stability, silhouettes) have arrived and
 * stopped moving the page, with every customer drawn on the map and its search grid ready.
 */
export async function demoWithSettledMap(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await expect(page.getByRole('table', { name: 'Segment stability' }).getByRole('row')).toHaveCount(6, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Silhouette by segment' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  const map = page.getByTestId('segment-map');
  await expect(map).toHaveAttribute('data-points-drawn', '5000');
  await expect(map).toHaveAttribute('data-index-ready', 'true');
}

/** Drops files on the page as a person drags them from the desktop. */
export async function dropFiles(page: Page, files: Array<{ name: string; bytes: Uint8Array }>): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return transfer;
  }, payload);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

export async function exportCsv(page: Page): Promise<{ download: Download; text: string; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  return { download, text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

/** Counts the canvas pixels that differ from its background: proof that points were drawn. */
export async function paintedPixels(page: Page): Promise<number> {
  const shot = await page.getByTestId('segment-map').locator('canvas').screenshot();
  return page.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 251) + Math.abs(data[i + 1] - 252) + Math.abs(data[i + 2] - 254) > 40) painted++;
    return painted;
  }, shot.toString('base64'));
}
