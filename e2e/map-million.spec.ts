// The map at a million customers in the real app: a generated 1M-row CSV is loaded and segmented, then
// the map must draw, zoom, box- and lasso-select and hover. Selecting about half the customers and clearing
// the selection must not block the page: no main-thread task over 50 ms of CPU (Chromium trace). Other
// timings and memory are printed, never asserted. Runs only with E2E_MILLION=1 (it takes minutes).
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './guard';
import { openApp } from './appSteps';
import { writeSegmentedCsv } from './segmentedCsv';

const ROWS = 1_000_000;

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const tasks = w.longTasks;
    w.longTasks = [];
    return tasks;
  });
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }

/**
 * Runs `action` under a Chromium trace and returns the CPU milliseconds of every task on the page's main
 * thread, and the CPU and wall milliseconds of the GPU process's main thread, which draws the points
 * (SwiftShader here: on the CPU, with helper threads, so its wall time is the frame's draw time).
 */
async function tracedTasks(browser: Browser, page: Page, action: () => Promise<void>): Promise<{ main: number[]; gpu: number[]; gpuWall: number[] }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await action();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const threads = (name: string) => new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === name).map((e) => `${e.pid}:${e.tid}`));
  const tasks = (names: Set<string>) => traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && names.has(`${e.pid}:${e.tid}`));
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
  const gpu = tasks(threads('CrGpuMain'));
  return { main: tasks(threads('CrRendererMain')).map((e) => ms(e.tdur)), gpu: gpu.map((e) => ms(e.tdur)), gpuWall: gpu.map((e) => ms(e.dur)) };
}

const longest = (ms: number[], n = 5) => [...ms].sort((a, b) => b - a).slice(0, n);

test('the map draws, zooms, selects and hovers a million customers', async ({ page, browser }) => {
  // Five to seven minutes on a busy two-core machine: run on request (E2E_MILLION=1), not in every `npm test`.
  test.skip(!process.env.E2E_MILLION, 'set E2E_MILLION=1 to try the map at a million customers');
  test.setTimeout(20 * 60_000);
  const report: Record<string, unknown> = {};
  const path = writeSegmentedCsv(ROWS);
  await openApp(page);
  await watchLongTasks(page);
  let start = Date.now();
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText('1,000,000 rows · 5 columns', { timeout: 10 * 60_000 });
  report.load_seconds = (Date.now() - start) / 1000;
  await takeLongTasks(page);

  start = Date.now();
  await page.getByLabel('Number of segments').fill('6');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const map = page.getByTestId('segment-map');
  await expect(map).toHaveAttribute('data-points-drawn', String(ROWS), { timeout: 10 * 60_000 });
  report.run_to_drawn_seconds = (Date.now() - start) / 1000;
  await expect(map).toHaveAttribute('data-index-ready', 'true', { timeout: 60_000 });
  report.run_long_tasks_ms = (await takeLongTasks(page)).sort((a, b) => b - a).slice(0, 12);
  // Let the run's follow-up jobs settle before measuring the map alone.
  await page.waitForTimeout(15_000);
  await takeLongTasks(page);

  await map.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await page.waitForTimeout(500);
  const c = await map.locator('canvas').boundingBox();
  if (!c) throw new Error('the map has no canvas');
  const cx = c.x + c.width / 2, cy = c.y + c.height / 2;

  // Zoom in and out with the wheel while counting frames.
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; frameWatch: boolean };
    w.frames = []; w.frameWatch = true;
    let last = performance.now();
    const tick = (t: number) => { w.frames.push(t - last); last = t; if (w.frameWatch) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  const zoomTasks = await tracedTasks(browser, page, async () => {
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, -200); await page.waitForTimeout(60); }
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, 200); await page.waitForTimeout(60); }
  });
  // A frame's draw of a million points is the GPU thread's work; the page's own part is the camera uniforms.
  report.zoom_main_cpu_ms_longest = longest(zoomTasks.main);
  report.zoom_gpu_cpu_ms_longest = longest(zoomTasks.gpu);
  report.zoom_gpu_wall_ms_longest = longest(zoomTasks.gpuWall);
  const gpuSorted = zoomTasks.gpuWall.filter((ms) => ms > 1).sort((a, b) => a - b);
  report.zoom_gpu_wall_ms_p50_over_1ms = gpuSorted[Math.floor(gpuSorted.length / 2)] ?? null;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; frameWatch: boolean };
    w.frameWatch = false;
    return w.frames.slice(1).sort((a, b) => a - b);
  });
  report.zoom_frames = frames.length;
  report.zoom_frame_ms_p50 = Math.round(frames[Math.floor(frames.length / 2)]);
  report.zoom_frame_ms_max = Math.round(frames[frames.length - 1]);
  report.zoom_long_tasks_ms = await takeLongTasks(page);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForTimeout(1000);
  await takeLongTasks(page);

  // Box, then the same rectangle as a lasso.
  const left = cx - c.height * 0.4, right = cx, top = c.y + c.height * 0.1, bottom = c.y + c.height * 0.9;
  await page.getByRole('button', { name: 'Box selection' }).click();
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move(right, bottom, { steps: 5 });
  // The selection itself, from releasing the button until the map and its linked views have settled. Waiting
  // is a cheap DOM check in the page: Playwright's retrying assertions would add main-thread tasks of their own.
  const selectTasks = await tracedTasks(browser, page, async () => {
    await page.mouse.up();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="segment-map"]')?.getAttribute('data-selected-count')) > 0,
      undefined, { polling: 100, timeout: 60_000 });
    await page.waitForTimeout(3000);
  });
  report.select_main_cpu_ms_longest = longest(selectTasks.main);
  report.select_gpu_wall_ms_longest = longest(selectTasks.gpuWall);
  await expect(page.getByTestId('segments-filter')).toBeVisible({ timeout: 60_000 });
  const boxed = Number(await map.getAttribute('data-selected-count'));
  expect(boxed).toBeGreaterThan(0);
  expect(boxed).toBeLessThan(ROWS);
  report.box_selected = boxed;
  report.box_query_ms = Number(await map.getAttribute('data-last-query-ms'));
  await page.waitForTimeout(3000);
  report.box_long_tasks_ms = await takeLongTasks(page);

  await page.getByRole('button', { name: 'Lasso' }).click();
  await page.mouse.move(left, top);
  await page.mouse.down();
  for (const [x, y] of [[right, top], [right, bottom], [left, bottom], [left, top + 1]]) await page.mouse.move(x, y, { steps: 25 });
  await page.mouse.up();
  await expect.poll(() => map.getAttribute('data-last-query-ms')).not.toBe(String(report.box_query_ms));
  await expect.poll(async () => Number(await map.getAttribute('data-selected-count'))).toBe(boxed);
  report.lasso_query_ms = Number(await map.getAttribute('data-last-query-ms'));
  await page.waitForTimeout(3000);
  report.lasso_long_tasks_ms = await takeLongTasks(page);

  // Clearing the selection redraws every point undimmed: one uniform, no per-point work.
  const clearTasks = await tracedTasks(browser, page, async () => {
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="segment-map"]')?.getAttribute('data-selected-count') === '0',
      undefined, { polling: 100, timeout: 60_000 });
    await page.waitForTimeout(2000);
  });
  report.clear_main_cpu_ms_longest = longest(clearTasks.main);
  report.clear_gpu_wall_ms_longest = longest(clearTasks.gpuWall);

  // Hover across the map.
  await page.getByRole('button', { name: 'Pan and zoom' }).click();
  let hovered = false;
  for (let step = 0; step < 40; step++) {
    await page.mouse.move(c.x + c.width * (0.3 + step * 0.01), cy + (step % 5) * 8);
    hovered ||= await page.getByRole('tooltip').isVisible();
  }
  expect(hovered).toBe(true);
  report.hover_long_tasks_ms = await takeLongTasks(page);
  report.js_heap_mb = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round(memory.usedJSHeapSize / 2 ** 20) : null;
  });
  console.log(`map-million ${JSON.stringify(report)}`);
  expect(selectTasks.main.length).toBeGreaterThan(5);
  expect(selectTasks.main.filter((ms) => ms > 50)).toEqual([]);
  expect(clearTasks.main.filter((ms) => ms > 50)).toEqual([]);
});
