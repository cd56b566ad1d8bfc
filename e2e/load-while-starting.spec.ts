// A CSV picked as soon as the page opens is scanned while DuckDB may still be starting, read in place, and
// stored for the next session as the browser's File (no copy of its bytes on the page): a reload brings it back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

const ROWS = 30_000;

function customersCsv(rows: number): string {
  const lines = ['customer_id,age,city,spend'];
  for (let i = 0; i < rows; i++) lines.push(`K${String(i).padStart(6, '0')},${20 + (i % 60)},${['Paris', 'Lyon', 'Lille'][i % 3]},${(i % 977) / 4}`);
  return lines.join('\n') + '\n';
}

/** What IndexedDB holds for each stored file: 'Blob' for a File kept by reference, otherwise the value's kind. */
function storedFileKinds(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('keyval-store');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('keyval').objectStore('keyval').getAll(IDBKeyRange.bound('audience-lab/file/', 'audience-lab/file/\uffff'));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        resolve((request.result as unknown[]).map((value) => (value instanceof Blob ? 'Blob' : Object.prototype.toString.call(value))));
        open.result.close();
      };
    };
  }));
}

test('a CSV picked as the page opens loads in place, is stored as its File and comes back after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const path = join(mkdtempSync(join(tmpdir(), 'audience-lab-early-')), 'early-customers.csv');
  writeFileSync(path, customersCsv(ROWS));
  await page.goto('/');
  await page.getByLabel('Choose a data file').setInputFiles(path);
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toHaveText(`${ROWS.toLocaleString('en')} rows · 4 columns`, { timeout: 90_000 });
  await expect(page.getByText('early-customers.csv was read in place')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('K000001');
  await expect.poll(() => storedFileKinds(page), { timeout: 30_000 }).toEqual(['Blob']);

  await page.reload();
  await expect(summary).toHaveText(`${ROWS.toLocaleString('en')} rows · 4 columns`, { timeout: 90_000 });
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('K000001');
});
