// A large plain UTF-8 export loads with a progress bar, scanned in a worker (no long task on the page) and
// read in place (DuckDB reads the browser's File, no copy in its heap); a Windows-1252 export is transcoded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './guard';
import { openApp } from './appSteps';
import { mainThreadTasks, startTrace, stopTrace, tasksOverWithin, timeStampsMs } from './mainThreadTrace';
import { frenchCrmExport } from '../src/db/uglyFiles';

const dir = mkdtempSync(join(tmpdir(), 'audience-lab-size-'));
const ROWS = 200_000;

function writeFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Customers with integers, fixed decimals, dates, words and zero-padded codes: every column settled by the scan. */
function wideCsv(rows: number): Uint8Array {
  return new TextEncoder().encode(wideCsvText(rows, ['Paris', 'Lyon', 'Nantes', 'Lille'], '\n'));
}

function wideCsvText(rows: number, cities: string[], lineEnding: string): string {
  const lines = ['customer_id,age,city,signup_date,orders,spend,rate,zip'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`C${String(i).padStart(7, '0')},${18 + (i % 70)},${cities[i % 4]},2021-03-${day},${i % 40},${((i * 7919) % 500000 / 100).toFixed(2)},${(i % 1000 / 1000).toFixed(3)},${String(i % 99999).padStart(5, '0')}`);
  }
  return lines.join(lineEnding) + lineEnding;
}

/** Windows-1252 bytes: Latin-1 letters as they are, œ as 0x9C (a byte ISO-8859-1 has no letter for). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch === 'œ' ? 0x9c : ch.charCodeAt(0)));
}

type ScanWindow = Window & { csvScan: { start: number; end: number; head: number; progress: number }[] };

/**
 * Notes when the CSV scan worker starts and when it hands back the scanned text, on the page's clock and as
 * marks on the trace (console.timeStamp), then starts tracing the page's main thread.
 */
async function watchCsvScan(page: Page, browser: Browser): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as ScanWindow;
    w.csvScan = [];
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('csvScanWorker')) return;
        const span = { start: performance.now(), end: Number.NaN, head: Number.NaN, progress: 0 };
        w.csvScan.push(span);
        console.timeStamp('csv-scan-start');
        this.addEventListener('message', (event: MessageEvent<object>) => {
          // The head of a long text (posted after its first chunk) is not the end of the scan.
          if ('progress' in event.data) span.progress++;
          else if ('head' in event.data) span.head = performance.now();
          else {
            span.end = performance.now();
            console.timeStamp('csv-scan-end');
          }
        });
      }
    };
  });
  await openApp(page);
  await startTrace(browser, page);
}

/**
 * One scan in the worker, with progress reports, and no main-thread task over 50 ms of CPU while it ran
 * (CPU, not wall-clock: on a loaded machine a short task can wait for a core and last longer).
 */
async function expectScanOffMainThread(page: Page, browser: Browser): Promise<{ head: number; end: number }> {
  const trace = await stopTrace(browser);
  const spans = await page.evaluate(() => (window as unknown as ScanWindow).csvScan);
  expect(spans).toHaveLength(1);
  const [{ start, end, progress }] = spans;
  expect(end).toBeGreaterThan(start);
  // The worker tells the page how its scan goes: more than one report for a file of several 4 MB chunks.
  expect(progress).toBeGreaterThan(1);
  const [from] = timeStampsMs(trace, 'csv-scan-start');
  const [to] = timeStampsMs(trace, 'csv-scan-end');
  expect(to).toBeGreaterThan(from);
  expect(tasksOverWithin(mainThreadTasks(trace), 50, from, to)).toEqual([]);
  return spans[0];
}

test('a large plain CSV shows its progress while it loads, is scanned off the main thread and read in place', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const path = writeFile('wide-customers.csv', wideCsv(ROWS));
  await watchCsvScan(page, browser);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  const bar = page.getByRole('progressbar', { name: 'Loading progress' });
  await expect(bar).toBeVisible();
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${ROWS.toLocaleString('en')} rows · 8 columns`, { timeout: 150_000 });
  await expect(bar).toHaveCount(0);
  await expect(page.getByText('wide-customers.csv was read in place')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Data preview' });
  await expect(preview).toContainText('C0000001');
  await expect(preview).toContainText('2021-03-02');
  const { head, end } = await expectScanOffMainThread(page, browser);
  // The head of the text (its first chunk's shapes) reached the page before the scan ended: DuckDB read meanwhile.
  expect(head).toBeLessThan(end);
});

test('a large Windows-1252 export with CRLF endings is transcoded off the main thread', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const path = writeFile('clients-1252.csv', windows1252(wideCsvText(ROWS, ['Paris', 'Orléans', 'Nîmes', 'Cœuvres'], '\r\n')));
  await watchCsvScan(page, browser);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${ROWS.toLocaleString('en')} rows · 8 columns`, { timeout: 150_000 });
  const preview = page.getByRole('table', { name: 'Data preview' });
  await expect(preview).toContainText('Orléans');
  await expect(preview).toContainText('Cœuvres');
  await expect(page.getByText('was read in place')).toHaveCount(0);
  await expectScanOffMainThread(page, browser);
});

test('a Windows-1252 export is transcoded first, so it is not read in place', async ({ page }) => {
  const path = writeFile('clients-fr.csv', frenchCrmExport().bytes);
  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText('5 rows · 6 columns · 1 row rejected');
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Élodie Lefèvre');
  await expect(page.getByText('was read in place')).toHaveCount(0);
});
