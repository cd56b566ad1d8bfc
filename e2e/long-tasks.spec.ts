// The page never blocks while a run ends: from clicking "Run" on the demo until every result panel is shown
// (map drawn, validation, tree and silhouettes, segments table), no main-thread task runs over 50 ms.
import { test, expect } from './guard';
import { openApp } from './appSteps';
import { mainThreadTasks, startTrace, stopTrace, tasksOver } from './mainThreadTrace';

test('a run on the demo opens its result panels without a main-thread task over 50 ms', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await page.getByLabel('Number of segments').fill('5');
  // Let the page settle after the load (the map is prepared while the page is idle), as a person reading
  // the screen would, before pressing Run.
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { polling: 100 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  await startTrace(browser, page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // Waiting is done inside the page with a cheap DOM check: Playwright's own retrying assertions take
  // accessibility snapshots on the main thread, which would be counted as the page's long tasks.
  await page.waitForFunction(() => {
    const rows = (label: string, part = 'tr') => document.querySelector(`table[aria-label="${label}"]`)?.querySelectorAll(part).length ?? 0;
    return document.querySelector('[data-testid="segment-map"][data-points-drawn="5000"]') !== null
      && rows('Segment stability') === 6 && rows('Silhouette by segment') > 1 && rows('Segments', 'tbody tr') === 5
      && document.getElementById('export-heading') !== null;
  }, undefined, { polling: 100, timeout: 90_000 });
  const tasks = mainThreadTasks(await stopTrace(browser));
  const wallLongTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await expect(page.getByTestId('run-summary')).toContainText('5 segments');
  await expect(page.getByRole('img', { name: 'Map of 5000 customers' })).toBeVisible();

  // Each task of the page's main thread, by the CPU time it took. The wall-clock durations the longtask
  // observer reports grow with the machine's load (tests share two cores with other work), so they are
  // recorded beside the result rather than asserted; the CPU time is what this page's code costs.
  expect(tasks.length).toBeGreaterThan(50);
  const cpuMs = tasks.map((t) => t.cpuMs);
  test.info().annotations.push({ type: 'main-thread tasks', description: `longest CPU ${Math.max(...cpuMs)} ms; wall-clock long tasks ${JSON.stringify(wallLongTasks)}` });
  expect(tasksOver(tasks, 50).map((t) => t.cpuMs)).toEqual([]);
});
