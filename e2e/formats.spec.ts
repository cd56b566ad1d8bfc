// Several files of different formats dropped into the real app at once: a Parquet customer table, an
// NDJSON order log and an Excel workbook; the analyst picks the customer table, segments it and exports.
import { Bool, Float64, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, writeParquet } from 'parquet-wasm/node';
import { test, expect } from './guard';
import { dropFiles, exportCsv, openApp, runSegments } from './appSteps';
import { makeWorkbook } from '../src/db/testWorkbooks';

const CUSTOMERS = 240;
const ids = Array.from({ length: CUSTOMERS }, (_, i) => `C${String(i + 1).padStart(5, '0')}`);
const group = (i: number) => i % 3;
const visits = ids.map((_, i) => BigInt(group(i) * 30 + (i % 5)));
const spend = ids.map((_, i) => (i % 17 === 0 ? null : group(i) * 500 + (i % 7) * 1.25));
const member = ids.map((_, i) => i % 4 === 0);

function customersParquet(): Uint8Array {
  const table = new Table({
    customer_id: vectorFromArray(ids, new Utf8()),
    visits: vectorFromArray(visits, new Int64()),
    spend: vectorFromArray(spend, new Float64()),
    member: vectorFromArray(member, new Bool()),
  });
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')));
}

function ordersNdjson(): Uint8Array {
  const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ order: `O${i}`, customer_id: ids[i % CUSTOMERS], amount: i * 2.5, items: [i, i + 1] }));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

function crmWorkbook(): Uint8Array {
  return makeWorkbook([
    { name: 'Read me', rows: [['note'], ['exported from the CRM']] },
    { name: 'Contacts', rows: [['customer_id', 'email', 'since'], ...ids.slice(0, 20).map((id, i) => [id, `c${i}@example.org`, new Date(Date.UTC(2020, i % 12, 1))])] },
  ]);
}

test('Parquet, NDJSON and xlsx dropped together: pick the customer table, segment, export, come back', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [
    { name: 'orders.ndjson', bytes: ordersNdjson() },
    { name: 'customers.parquet', bytes: customersParquet() },
    { name: 'crm.xlsx', bytes: crmWorkbook() },
  ]);
  const list = page.getByRole('table', { name: 'Loaded files' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(list.getByRole('row', { name: /orders\.ndjson/ })).toContainText('NDJSON');
  await expect(list.getByRole('row', { name: /customers\.parquet/ })).toContainText(`Parquet${CUSTOMERS}4`);
  await expect(list.getByRole('row', { name: /crm\.xlsx/ })).toContainText('Excel11');
  // The first file dropped is the customer table until the analyst says otherwise.
  await expect(page.getByTestId('dataset-summary')).toHaveText('50 rows · 4 columns');

  await page.getByRole('combobox', { name: 'Sheet of crm.xlsx' }).selectOption('Contacts');
  await expect(list.getByRole('row', { name: /crm\.xlsx/ })).toContainText('Excel203');
  await expect(page.getByTestId('dataset-summary')).toHaveText('50 rows · 4 columns');

  await page.getByRole('combobox', { name: 'Customer table' }).selectOption({ label: 'customers.parquet' });
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${CUSTOMERS} rows · 4 columns`);
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('C00001');

  await runSegments(page, 3);
  const { rows } = await exportCsv(page);
  expect(rows[0]).toEqual(['customer_id', 'visits', 'spend', 'member', 'segment_id', 'segment_name']);
  const body = rows.slice(1);
  expect(body.length).toBe(CUSTOMERS);
  const problems: string[] = [];
  body.forEach((row, i) => {
    const expected = [ids[i], String(visits[i]), spend[i] === null ? '' : String(spend[i]), String(member[i])];
    const same = row[0] === expected[0] && row[1] === expected[1] && row[3] === expected[3] &&
      (row[2] === '' ? expected[2] === '' : Number(row[2]) === Number(expected[2]));
    if (!same) problems.push(`row ${i + 1}: ${row.slice(0, 4).join('|')} != ${expected.join('|')}`);
  });
  expect(problems.slice(0, 5)).toEqual([]);
  // Three planted groups, far apart in visits and spend: each falls in one segment of its own (rows with a
  // missing spend are left to the recipe's missing-value rule, so they are not part of this check).
  const complete = (i: number) => spend[i] !== null;
  const segmentOfGroup = [0, 1, 2].map((g) => new Set(body.filter((_, i) => group(i) === g && complete(i)).map((r) => r[4])));
  expect(segmentOfGroup.map((s) => s.size)).toEqual([1, 1, 1]);
  expect(new Set(segmentOfGroup.map((s) => [...s][0])).size).toBe(3);

  await page.getByRole('button', { name: 'Remove orders.ndjson' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${CUSTOMERS} rows · 4 columns`);
  await expect(page.getByTestId('run-summary')).toBeVisible();

  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${CUSTOMERS} rows · 4 columns`);
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Customer table' })).toHaveValue(/customers/);
  await expect(page.getByRole('combobox', { name: 'Sheet of crm.xlsx' })).toHaveValue('Contacts');
});

test('broken files among good ones are each reported by name and line; the others load', async ({ page }) => {
  await openApp(page);
  const broken = new TextEncoder().encode('{"id": 1}\n{"id": 2,}\n');
  const oldExcel = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await dropFiles(page, [
    { name: 'customers.parquet', bytes: customersParquet() },
    { name: 'events.ndjson', bytes: broken },
    { name: 'budget.xls', bytes: oldExcel },
    { name: 'cut.parquet', bytes: customersParquet().slice(0, 2000) },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("events.ndjson, line 2: This line is not valid JSON (unexpected '}').");
  await expect(alert).toContainText('budget.xls: An .xls file from Excel 97-2003 is not supported.');
  await expect(alert).toContainText('cut.parquet: This Parquet file is incomplete or damaged');
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${CUSTOMERS} rows · 4 columns`);
  await expect(page.getByRole('table', { name: 'Loaded files' }).getByRole('row')).toHaveCount(2);
});

test('removing the customer table hands the role to the next file; removing the last one starts over', async ({ page }) => {
  await openApp(page);
  const ndjson = (rows: number, field: string) => new TextEncoder().encode(Array.from({ length: rows }, (_, i) => JSON.stringify({ [field]: i })).join('\n'));
  await dropFiles(page, [{ name: 'first.ndjson', bytes: ndjson(3, 'a') }, { name: 'second.ndjson', bytes: ndjson(5, 'b') }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText('3 rows · 1 columns');
  await expect(page.getByRole('combobox', { name: 'Customer table' })).toHaveValue(/first/);
  await page.getByRole('button', { name: 'Remove first.ndjson' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveText('5 rows · 1 columns');
  await expect(page.getByRole('table', { name: 'Loaded files' }).getByRole('row')).toHaveCount(2);
  // The demo, asked for by name, becomes the customer table beside the file already there.
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  await expect(page.getByTestId('dataset-summary')).toContainText('5,000 rows');
  await expect(page.getByRole('combobox', { name: 'Customer table' })).toHaveValue(/demo/);
  await page.getByRole('button', { name: 'Remove demo-customers.csv' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveText('5 rows · 1 columns');
  await page.getByRole('button', { name: 'Remove second.ndjson' }).click();
  await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible();
});
