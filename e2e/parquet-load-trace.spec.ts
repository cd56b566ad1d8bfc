// A 200k-row Parquet file loads without blocking the page: decoding and serialising the rows (with row_id)
// run in the Parquet worker and DuckDB takes the bytes as they are, so no main-thread task takes over 50 ms of CPU.
import { Bool, DateDay, Float64, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, writeParquet } from 'parquet-wasm/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './guard';
import { openApp } from './appSteps';
import { mainThreadTasks, startTrace, stopTrace } from './mainThreadTrace';

const ROWS = 200_000;
const CITIES = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'];

function customersParquet(): Uint8Array {
  const ids = Array.from({ length: ROWS }, (_, i) => `C${String(i + 1).padStart(8, '0')}`);
  const table = new Table({
    customer_id: vectorFromArray(ids, new Utf8()),
    age: vectorFromArray(ids.map((_, i) => (i % 50 === 0 ? null : BigInt(18 + (i * 7919) % 70))), new Int64()),
    city: vectorFromArray(ids.map((_, i) => CITIES[(i * 31) % CITIES.length]), new Utf8()),
    spend: vectorFromArray(ids.map((_, i) => (i % 20 === 0 ? null : ((i * 37) % 500_000) / 100)), new Float64()),
    visits: vectorFromArray(ids.map((_, i) => BigInt((i * 13) % 60)), new Int64()),
    member: vectorFromArray(ids.map((_, i) => i % 4 === 0), new Bool()),
    since: vectorFromArray(ids.map((_, i) => new Date(Date.UTC(2015, 0, 1 + (i % 3000)))), new DateDay()),
  });
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')));
}

test('a 200k-row Parquet file loads and is profiled with no main-thread task over 50 ms of CPU', async ({ page, browser }) => {
  // Picked from disk: a file given as bytes would be decoded from base64 by Playwright inside the page, a long task of its own.
  const dir = mkdtempSync(join(tmpdir(), 'parquet-load-'));
  const path = join(dir, 'customers.parquet');
  writeFileSync(path, customersParquet());
  await openApp(page);
  // DuckDB starts while the page is idle: this test measures the Parquet load, not that start.
  await expect(page.locator('html')).toHaveAttribute('data-database-ready', 'true', { timeout: 60_000 });
  // Found before tracing: finding it by its label runs Playwright's own queries on the page's thread.
  const input = await page.getByLabel('Choose a data file').elementHandle();
  await startTrace(browser, page);
  await input?.setInputFiles(path);
  // Waiting is done inside the page with a cheap DOM check: Playwright's retrying assertions take
  // accessibility snapshots on the main thread, which would be counted as the page's own tasks.
  await page.waitForFunction((summary) => document.querySelector('[data-testid="dataset-summary"]')?.textContent?.trim() === summary
    && document.querySelectorAll('.profiles > *').length === 7, `${ROWS.toLocaleString('en')} rows · 7 columns`, { polling: 100, timeout: 120_000 });
  const trace = await stopTrace(browser);
  // Only now: the page reads the picked file from the disk while it loads.
  rmSync(dir, { recursive: true });
  await expect(page.getByTestId('dataset-summary')).toHaveText('200,000 rows · 7 columns');
  // Rows in file order: the preview's first rows are the file's first customers.
  const preview = page.getByRole('table', { name: 'Data preview' });
  await expect(preview.getByRole('row').nth(1)).toContainText('C00000001');
  await expect(preview.getByRole('row').nth(3)).toContainText('C00000003');

  // The CPU time of each task on the page's main thread: wall-clock durations grow with the machine's load.
  const cpuMs = mainThreadTasks(trace).map((t) => t.cpuMs);
  expect(cpuMs.length).toBeGreaterThan(20);
  test.info().annotations.push({ type: 'main-thread tasks', description: `longest CPU ${Math.max(...cpuMs)} ms over ${cpuMs.length} tasks` });
  expect(cpuMs.filter((ms) => ms > 50)).toEqual([]);
});
