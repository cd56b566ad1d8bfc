// Real-world exports dropped into the real app: a French Windows-1252 file with semicolons, decimal
// commas, dd/mm/yyyy dates and a malformed row; UTF-16 text; the encoding override; rejected rows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { parseCsv } from './csv';
import { openApp } from './appSteps';
import { encodeText, frenchCrmExport } from '../src/db/uglyFiles';

const dir = mkdtempSync(join(tmpdir(), 'audience-lab-ugly-'));

function writeFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Drops a file on the page as a person would drag it from the desktop. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  const transfer = await page.evaluateHandle(async ({ base64, name }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], name));
    return data;
  }, { base64, name });
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
}

const card = (page: Page, column: string) => page.getByRole('article', { name: `Column ${column}` });

test('a French Windows-1252 export loads with accents, types and its rejected row', async ({ page }) => {
  const path = writeFile('clients-fr.csv', frenchCrmExport().bytes);
  await openApp(page);
  await dropFile(page, path, 'clients-fr.csv');
  await expect(page.getByTestId('dataset-summary')).toHaveText('5 rows · 6 columns · 1 row rejected');
  const preview = page.getByRole('table', { name: 'Data preview' });
  await expect(preview).toContainText('Élodie Lefèvre');
  await expect(preview).toContainText('Besançon');
  await expect(preview).toContainText('François Œuvre');
  await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue('windows-1252');
  await expect(page.getByTestId('encoding-reason')).toContainText('Windows-1252: bytes 0x80-0x9F such as ’');

  await expect(card(page, 'Montant')).toContainText('numeric · DOUBLE');
  await expect(card(page, 'Montant')).toContainText('decimal comma');
  await expect(card(page, 'Montant')).toContainText('2 written as missing');
  await expect(card(page, 'Date d’achat')).toContainText('date · DATE');
  await expect(card(page, 'Date d’achat')).toContainText('dd/mm/yyyy');
  await expect(card(page, 'N° client')).toContainText('text · VARCHAR');
  await expect(preview).toContainText('000123');

  const rejected = page.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  await expect(rejected.getByRole('row').nth(1)).toContainText('6');
  await expect(rejected.getByRole('row').nth(1)).toContainText('5 fields where the header has 6');
  await expect(rejected.getByRole('row').nth(1)).toContainText('000127;Chloé;Cergy;3;4');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download rejected rows' }).click()]);
  expect(download.suggestedFilename()).toBe('clients-fr-rejected-rows.csv');
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
  expect(rows[0]).toEqual(['line', 'reason', 'raw_text']);
  expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([['6', '000127;Chloé;Cergy;3;4']]);
});

test('the encoding can be overridden, and the file is read again with it', async ({ page }) => {
  const path = writeFile('villes.csv', encodeText('ville;habitants\nOrléans;116000\nBesançon;117000\n', 'iso-8859-1'));
  await openApp(page);
  await page.getByLabel('Choose a data file').setInputFiles(path);
  const preview = page.getByRole('table', { name: 'Data preview' });
  await expect(preview).toContainText('Orléans');
  const select = page.getByRole('combobox', { name: 'Encoding' });
  await expect(select).toHaveValue('iso-8859-1');
  await select.selectOption({ label: 'Mac Roman' });
  await expect(preview).toContainText('OrlÈans');
  await expect(page.getByTestId('encoding-reason')).toHaveText('Mac Roman: chosen by you');
  await select.selectOption({ label: 'Windows-1252' });
  await expect(preview).toContainText('Orléans');
  await expect(page.getByTestId('dataset-summary')).toHaveText('2 rows · 2 columns');
});

test('UTF-16 text from Excel loads with its accents', async ({ page }) => {
  const text = 'nom\tville\tmontant\r\nZoë\tSaint-Étienne\t12,50\r\nRené\tNîmes\t3,25\r\n';
  const path = writeFile('unicode.txt', encodeText(text, 'utf-16le', true));
  await openApp(page);
  await dropFile(page, path, 'unicode.txt');
  await expect(page.getByTestId('dataset-summary')).toHaveText('2 rows · 3 columns');
  await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Saint-Étienne');
  await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue('utf-16le');
  await expect(card(page, 'montant')).toContainText('numeric · DOUBLE');
});
