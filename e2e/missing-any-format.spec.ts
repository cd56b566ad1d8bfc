// Declared missing values beyond delimited text: an Excel customer file reads -1 as missing in one column, a JSON
// order file beside it reads "unknown" as missing everywhere; both show their counts and are read the same after a reload.
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { dropFiles, openApp } from './appSteps';
import { makeWorkbook, type TestCell } from '../src/db/testWorkbooks';

// A CRM export in Excel: -1 means "not scored"; visits also holds a real -1 (a correction) that must stay.
const header = ['client_id', 'name', 'score', 'visits'];
const records: TestCell[][] = [
  [1, 'Marie Dupont', 10, 3], [2, 'Jean Martin', -1, 5], [3, 'Paul Girard', 22, -1], [4, 'Sophie Bernard', -1, 2],
  [5, 'Luc Moreau', 15, 7], [6, 'Camille Petit', 48, 1], [7, 'Hugo Lambert', -1, 4], [8, 'Emma Fontaine', 7, 9],
];
const workbook = makeWorkbook([{ name: 'Clients', rows: [header, ...records] }]);
const notScored = records.filter((r) => r[2] === -1).length;

const ORDERS = 'orders.json';
const orders = [
  { order_id: 101, channel: 'web', amount: 12.5 }, { order_id: 102, channel: 'unknown', amount: 8 },
  { order_id: 103, channel: 'shop', amount: 30.1 }, { order_id: 104, channel: ' unknown', amount: 4.99 },
];

const card = (page: Page, column: string) => page.getByRole('article', { name: `Column ${column}` });
const missingOf = (page: Page, column: string) => card(page, column).locator('dd').first();
const previewCell = (page: Page, row: number, column: string) =>
  page.getByRole('table', { name: 'Data preview' }).getByRole('row').nth(row).getByRole('cell').nth(header.indexOf(column));
const orderCell = (page: Page, row: number, column: string) =>
  page.getByRole('table', { name: `Preview of ${ORDERS}` }).getByRole('row').nth(row).getByRole('cell').nth(Object.keys(orders[0]).indexOf(column));

test('-1 declared missing in an Excel column and "unknown" in a JSON table are read as missing, counted, and kept across a reload', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [{ name: 'clients.xlsx', bytes: workbook }, { name: ORDERS, bytes: new TextEncoder().encode(JSON.stringify(orders)) }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${records.length} rows · ${header.length} columns`, { timeout: 60_000 });
  await expect(page.getByTestId(`summary-${ORDERS}`)).toHaveText(`${orders.length} rows · 3 columns`);
  await expect(missingOf(page, 'score')).toHaveText('0');

  await card(page, 'score').getByText('Reading options').click();
  await card(page, 'score').getByRole('textbox', { name: 'Missing values (in score)' }).fill('-1');
  await card(page, 'score').getByRole('button', { name: 'Apply missing values (in score)' }).click();
  const share = ((100 * notScored) / records.length).toFixed(1);
  await expect(missingOf(page, 'score')).toHaveText(`${notScored} (${share} %)`);
  await expect(missingOf(page, 'visits')).toHaveText('0');
  await expect(page.getByTestId('reread-effect')).toHaveText(`Read again: score: 0 → ${notScored} missing.`);
  await expect(card(page, 'score')).toContainText(`${notScored} written as missing (-1 as you declared)`);
  await expect(page.getByRole('note').filter({ hasText: 'score: -1 read as missing' })).toHaveText(`score: -1 read as missing in ${notScored} cells, as you declared.`);
  await expect(previewCell(page, 2, 'score')).toHaveText('');
  await expect(previewCell(page, 1, 'score')).toHaveText('10');
  await expect(previewCell(page, 3, 'visits')).toHaveText('-1');

  await page.getByRole('textbox', { name: `Missing values (every column of ${ORDERS})` }).fill('unknown');
  await page.getByRole('button', { name: `Apply missing values (every column of ${ORDERS})` }).click();
  await expect(page.getByTestId(`reread-effect-${ORDERS}`)).toHaveText('Read again: channel: 0 → 2 missing.');
  await expect(orderCell(page, 2, 'channel')).toHaveText('');
  await expect(orderCell(page, 1, 'channel')).toHaveText('web');

  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${records.length} rows · ${header.length} columns`, { timeout: 60_000 });
  await expect(missingOf(page, 'score')).toHaveText(`${notScored} (${share} %)`);
  await expect(card(page, 'score').getByRole('textbox', { name: 'Missing values (in score)' })).toHaveValue('-1');
  await expect(page.getByRole('list', { name: 'Declared reading choices', exact: true }).getByRole('listitem')).toHaveText(['Read as missing in score: -1']);
  await expect(orderCell(page, 4, 'channel')).toHaveText('');
  await expect(orderCell(page, 3, 'channel')).toHaveText('shop');
  await expect(page.getByRole('textbox', { name: `Missing values (every column of ${ORDERS})` })).toHaveValue('unknown');
});
