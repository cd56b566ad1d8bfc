// The foundation path in the real app: load, see, prepare, segment, explore, name, export, come back.
// Every check reads what a person would see or the real downloaded file.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { test, expect } from './guard';
import { parseCsv } from './csv';
import { exportCsv, openApp, paintedPixels, runSegments } from './appSteps';

const demo = parseCsv(readFileSync('public/demo/customers.csv', 'utf8').replace(/^\uFEFF/, ''));
const demoHeader = demo[0];
const demoRows = demo.slice(1).filter((r) => r.length > 1 || r[0] !== '');

/** Cells match when their text is equal, or when both are numbers of equal value ("0.00" and "0.0"). */
function sameCells(exported: string[], original: string[]): boolean {
  const numeric = /^-?\d+(\.\d+)?$/;
  return exported.length === original.length && exported.every((cell, j) =>
    cell === original[j] || (numeric.test(cell) && numeric.test(original[j]) && Number(cell) === Number(original[j])));
}

test('demo data: run, map, rename, export the labelled file', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await expect(page.getByTestId('dataset-summary')).toHaveText(
    `${demoRows.length.toLocaleString('en')} rows · ${demoHeader.length} columns`,
  );
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText(demoRows[0][0]);
  await expect(page.getByRole('checkbox', { name: 'customer_id', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'total_spend_eur', exact: true })).toBeChecked();

  await runSegments(page, 5);
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', String(demoRows.length));
  expect(await paintedPixels(page)).toBeGreaterThan(2000);

  const firstName = page.getByRole('textbox', { name: 'Name of segment 1' });
  await firstName.fill('Loyal big spenders');
  await expect(page.getByRole('list', { name: 'Segment colours' })).toContainText('Loyal big spenders');

  const { text, rows } = await exportCsv(page);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(rows[0]).toEqual([...demoHeader, 'segment_id', 'segment_name']);
  const body = rows.slice(1);
  expect(body.length).toBe(demoRows.length);
  // Checked row by row, then asserted once: Playwright's expect is too heavy to call 5,000 times.
  const sizes = new Map<string, number>();
  const problems: string[] = [];
  body.forEach((row, i) => {
    if (!sameCells(row.slice(0, demoHeader.length), demoRows[i])) problems.push(`row ${i + 1}: cells differ`);
    const id = row[demoHeader.length];
    if (!['1', '2', '3', '4', '5'].includes(id)) problems.push(`row ${i + 1}: segment_id ${id}`);
    if (id === '1' && row[demoHeader.length + 1] !== 'Loyal big spenders') problems.push(`row ${i + 1}: name ${row[demoHeader.length + 1]}`);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  });
  expect(problems.slice(0, 5)).toEqual([]);
  expect(sizes.size).toBe(5);
});

test('a semicolon CSV given to the file input, exported with its segments', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-'));
  const lines = ['id;visits;spend;note'];
  for (let i = 0; i < 300; i++) {
    const group = i % 3;
    lines.push(`K${String(i).padStart(4, '0')};${group * 20 + (i % 7)};${group * 100 + (i % 11)};${i === 5 ? '=HYPERLINK("x")' : 'ok'}`);
  }
  const path = join(dir, 'shop export.csv');
  writeFileSync(path, lines.join('\n') + '\n');

  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText('300 rows · 4 columns');
  await runSegments(page, 3);
  const { rows } = await exportCsv(page);
  expect(rows[0]).toEqual(['id', 'visits', 'spend', 'note', 'segment_id', 'segment_name']);
  expect(rows.length - 1).toBe(300);
  expect(rows[6][3]).toBe('\'=HYPERLINK("x")');
  // Three well-separated groups: each planted group falls in exactly one segment.
  for (let group = 0; group < 3; group++) {
    const ids = new Set(rows.slice(1).filter((_, i) => i % 3 === group).map((r) => r[4]));
    expect(ids.size).toBe(1);
  }
});

test('a file dropped on the window loads', async ({ page }) => {
  await openApp(page);
  const csv = 'a,b\n1,2\n3,4\n5,6\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('dataset-summary')).toHaveText('3 rows · 2 columns');
});

test('a long run is cancelled and the app stays usable', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-'));
  const lines = ['a,b,c,d,e,f'];
  let state = 12345;
  const next = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 2 ** 32; };
  for (let i = 0; i < 40_000; i++) lines.push(Array.from({ length: 6 }, () => (next() * 100).toFixed(3)).join(','));
  const path = join(dir, 'big.csv');
  writeFileSync(path, lines.join('\n'));

  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText('40,000 rows · 6 columns');
  await page.getByLabel('Number of segments').fill('30');
  await page.getByLabel('Initialisations (n_init)').fill('1000');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Segmentation progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Run cancelled')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('run-summary')).toHaveCount(0);

  await page.getByLabel('Initialisations (n_init)').fill('1');
  await runSegments(page, 4);
});

test('a reload keeps the data, the run and the names', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 4);
  await page.getByRole('textbox', { name: 'Name of segment 2' }).fill('Bargain hunters');
  const summary = await page.getByTestId('run-summary').textContent();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${demoRows.length.toLocaleString('en')} rows · ${demoHeader.length} columns`);
  await expect(page.getByTestId('run-summary')).toHaveText(summary ?? '');
  await expect(page.getByRole('textbox', { name: 'Name of segment 2' })).toHaveValue('Bargain hunters');
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', String(demoRows.length));

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible();
});

test('a malformed file loads with its bad row rejected, and the app stays usable', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-'));
  const path = join(dir, 'broken.csv');
  writeFileSync(path, 'id,amount\n1,10\n2,20\n3,30,extra,fields\n4,40\n');
  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  // The row on line 4 is kept aside with its line and reason; the others load.
  await expect(page.getByTestId('dataset-summary')).toHaveText('3 rows · 2 columns · 1 row rejected');
  await expect(page.getByRole('table', { name: 'Rejected rows' }).getByRole('row').nth(1)).toContainText('4');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The row fixed in the file and the file loaded again: every row in, nothing rejected.
  writeFileSync(path, 'id,amount\n1,10\n2,20\n3,30\n4,40\n');
  await page.getByLabel('Choose a data file').setInputFiles(path);
  await expect(page.getByTestId('dataset-summary')).toHaveText('4 rows · 2 columns');
  await expect(page.getByRole('table', { name: 'Rejected rows' })).toHaveCount(0);
});

test('the lasso selects customers and shows their means', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await runSegments(page, 5);
  await expect(page.getByTestId('segment-map')).toHaveAttribute('data-points-drawn', String(demoRows.length));
  await page.getByRole('button', { name: 'Lasso' }).click();
  const box = await page.getByTestId('segment-map').locator('canvas').boundingBox();
  if (!box) throw new Error('the map has no size');
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2, r = Math.min(box.width, box.height) * 0.3;
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  for (let a = 0; a <= 2 * Math.PI + 0.01; a += Math.PI / 16) await page.mouse.move(cx + r * Math.cos(a), cy + r * Math.sin(a), { steps: 3 });
  await page.mouse.up();
  const summary = page.getByTestId('selection-summary');
  await expect(summary).toContainText('customers selected');
  const count = Number((await summary.locator('strong').textContent())?.replace(/[^\d]/g, ''));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(demoRows.length);
  await expect(page.getByRole('table', { name: 'Mean features of the selection' })).toContainText('total_spend_eur');
});
