// Reading choices and quality decisions the analyst makes survive a page reload: declared sentinels, a date
// column's day/month order, the encoding override, a fuzzy group's keep-first (with its export) and exact copies left out.
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { dropFiles, exportCsv, openApp, runSegments } from './appSteps';

// Scores use -1 for "not scored" and ages 999 for "not given"; no signup date has a number above 12,
// so the data cannot tell day-first from month-first. Rows 1 and 3 are near-duplicate names.
const header = ['client_id', 'nom', 'score', 'age', 'signup'];
const records = [
  ['1', 'Marie Dupont', '10', '34', '03/04/2024'],
  ['2', 'Jean Martin', '-1', '41', '05/06/2024'],
  ['3', 'Marie Dupond', '22', '35', '01/02/2024'],
  ['4', 'Paul Girard', '-1', '999', '07/08/2024'],
  ['5', 'Sophie Bernard', '30', '52', '11/12/2023'],
  ['6', 'Luc Moreau', '15', '28', '02/01/2024'],
  ['7', 'Camille Petit', '48', '61', '09/10/2023'],
  ['8', 'Hugo Lambert', '51', '999', '12/11/2023'],
  ['9', 'Emma Fontaine', '7', '23', '04/03/2024'],
  ['10', 'Louis Chevalier', '-1', '45', '06/05/2024'],
  ['11', 'Inès Gauthier', '36', '39', '08/07/2024'],
  ['12', 'Théo Garnier', '44', '57', '10/09/2023'],
];
const csv = [header, ...records].map((r) => r.join(',')).join('\n') + '\n';
const cells = (name: string) => records.map((r) => r[header.indexOf(name)]);
const count = (name: string, value: string) => cells(name).filter((v) => v === value).length;
/** "03/04/2024" read day first (2024-04-03) or month first (2024-03-04), as DuckDB prints a DATE. */
const isoDate = (text: string, order: 'dmy' | 'mdy') => {
  const [a, b, year] = text.split('/');
  return order === 'dmy' ? `${year}-${b}-${a}` : `${year}-${a}-${b}`;
};

const card = (page: Page, column: string) => page.getByRole('article', { name: `Column ${column}` });
const missingOf = (page: Page, column: string) => card(page, column).locator('dd').first();
/** Row 0 is the header row; cells are counted without the row number. */
const cellAt = (page: Page, row: number, column: number) =>
  page.getByRole('table', { name: 'Data preview' }).getByRole('row').nth(row).getByRole('cell').nth(column);
const previewCell = (page: Page, row: number, column: string) => cellAt(page, row, header.indexOf(column));

test('declared sentinels and a day/month override are applied, shown, and kept across a reload', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [{ name: 'scores.csv', bytes: new TextEncoder().encode(csv) }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${records.length} rows · ${header.length} columns`);
  await expect(missingOf(page, 'score')).toHaveText('0');
  await expect(missingOf(page, 'age')).toHaveText('0');

  // The order was a guess, and the card says why; the first date reads day first.
  await expect(page.getByTestId('date-order-note-signup')).toContainText('no value has a day above 12');
  await expect(previewCell(page, 1, 'signup')).toHaveText(isoDate(records[0][4], 'dmy'));

  await page.getByRole('textbox', { name: 'Missing values (every column)' }).fill('-1');
  await page.getByRole('button', { name: 'Apply missing values (every column)' }).click();
  const scored = count('score', '-1');
  await expect(missingOf(page, 'score')).toHaveText(`${scored} (${((100 * scored) / records.length).toFixed(1)} %)`);
  await expect(missingOf(page, 'age')).toHaveText('0');
  await expect(page.getByTestId('reread-effect')).toHaveText(`Read again: score: 0 → ${scored} missing.`);

  // A column's reading options fold away until asked for (the date column's are open: its order is a guess).
  await card(page, 'age').getByText('Reading options').click();
  await card(page, 'age').getByRole('textbox', { name: 'Missing values (in age)' }).fill('999');
  await card(page, 'age').getByRole('button', { name: 'Apply missing values (in age)' }).click();
  const unknownAge = count('age', '999');
  await expect(missingOf(page, 'age')).toHaveText(`${unknownAge} (${((100 * unknownAge) / records.length).toFixed(1)} %)`);
  await expect(missingOf(page, 'score')).toHaveText(new RegExp(`^${scored} `));
  await expect(page.getByTestId('reread-effect')).toHaveText(`Read again: age: 0 → ${unknownAge} missing.`);
  await expect(card(page, 'age')).toContainText(`${unknownAge} written as missing (NA, -, #N/A…, or -1, 999 as you declared)`);

  await page.getByRole('combobox', { name: 'Day/month order of signup' }).selectOption('mdy');
  await expect(page.getByTestId('date-order-note-signup')).toHaveText('Read month first (mm/dd), as you chose.');
  await expect(previewCell(page, 1, 'signup')).toHaveText(isoDate(records[0][4], 'mdy'));
  await expect(page.getByTestId('reread-effect')).toHaveText('Read again: no column’s missing count changed.');

  const declared = page.getByRole('list', { name: 'Declared reading choices' });
  const lines = ['Read as missing in every column: -1', 'Read as missing in age: 999', 'signup: dates read month first (mm/dd), as you chose'];
  await expect(declared.getByRole('listitem')).toHaveText(lines);

  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${records.length} rows · ${header.length} columns`);
  await expect(declared.getByRole('listitem')).toHaveText(lines);
  await expect(page.getByRole('textbox', { name: 'Missing values (every column)' })).toHaveValue('-1');
  await expect(card(page, 'age').getByRole('textbox', { name: 'Missing values (in age)' })).toHaveValue('999');
  await expect(missingOf(page, 'score')).toHaveText(new RegExp(`^${scored} `));
  await expect(missingOf(page, 'age')).toHaveText(new RegExp(`^${unknownAge} `));
  await expect(page.getByRole('combobox', { name: 'Day/month order of signup' })).toHaveValue('mdy');
  for (let i = 0; i < 3; i++) await expect(previewCell(page, i + 1, 'signup')).toHaveText(isoDate(records[i][4], 'mdy'));

  // Back to the order settled from the data: the choice is gone from the list, and after a reload too.
  await page.getByRole('combobox', { name: 'Day/month order of signup' }).selectOption('');
  await expect(previewCell(page, 1, 'signup')).toHaveText(isoDate(records[0][4], 'dmy'));
  await expect(declared.getByRole('listitem')).toHaveText(lines.slice(0, 2));
  await page.reload();
  await expect(previewCell(page, 1, 'signup')).toHaveText(isoDate(records[0][4], 'dmy'));
  await expect(declared.getByRole('listitem')).toHaveText(lines.slice(0, 2));
});

test('an encoding override is kept across a reload, until the analyst goes back to the guess', async ({ page }) => {
  // Windows-1252: é is 0xE9, which Mac Roman reads as È.
  const text = 'id,ville,montant\n1,Orléans,10\n2,Nîmes,20\n3,Sète,30\n';
  const bytes = Uint8Array.from(text, (c) => ({ é: 0xe9, î: 0xee, è: 0xe8 })[c] ?? c.charCodeAt(0));
  await openApp(page);
  await dropFiles(page, [{ name: 'villes.csv', bytes }]);
  const encoding = page.getByRole('combobox', { name: 'Encoding' });
  await expect(encoding).not.toHaveValue('macintosh');
  await expect(cellAt(page, 1, 1)).toHaveText('Orléans');
  const detected = await encoding.inputValue();
  await expect(page.getByRole('button', { name: 'Detect the encoding again' })).toHaveCount(0);
  await encoding.selectOption('macintosh');
  await expect(encoding).toHaveValue('macintosh');
  const macRoman = new TextDecoder('macintosh').decode(Uint8Array.of(0xe9));
  await expect(cellAt(page, 1, 1)).toHaveText(`Orl${macRoman}ans`);
  await page.getByRole('button', { name: 'Detect the encoding again' }).click();
  await expect(cellAt(page, 1, 1)).toHaveText('Orléans');
  await encoding.selectOption('macintosh');
  await expect(cellAt(page, 1, 1)).toHaveText(`Orl${macRoman}ans`);
  await page.reload();
  await expect(encoding).toHaveValue('macintosh');
  await expect(page.getByTestId('encoding-reason')).toContainText('chosen by you');
  await expect(cellAt(page, 1, 1)).toHaveText(`Orl${macRoman}ans`);

  // Back to the guess, which a reload keeps too.
  await page.getByRole('button', { name: 'Detect the encoding again' }).click();
  await expect(encoding).toHaveValue(detected);
  await expect(cellAt(page, 1, 1)).toHaveText('Orléans');
  await page.reload();
  await expect(encoding).toHaveValue(detected);
  await expect(page.getByTestId('encoding-reason')).not.toContainText('chosen by you');
});

test('a kept-first fuzzy group stays decided and excluded after a reload, in the model and the export', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [{ name: 'scores.csv', bytes: new TextEncoder().encode(csv) }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${records.length} rows · ${header.length} columns`);
  await expect(page.getByRole('listbox', { name: 'Columns to compare' })).toHaveValues(['nom'], { timeout: 60_000 });
  await page.getByRole('button', { name: 'Find fuzzy duplicates' }).click();
  const groups = page.getByRole('list', { name: 'Fuzzy duplicate groups' });
  await expect(groups.getByRole('listitem')).toHaveCount(1);
  await expect(groups.getByRole('listitem').first()).toContainText(`row 3: ${records[2][1]}`);
  await page.getByRole('button', { name: 'Keep first of group 1' }).click();
  const excluded = page.getByTestId('excluded-summary');
  await expect(excluded).toHaveText('1 row left out of modelling (kept in the export).');
  // Reading the file again (a declared sentinel) keeps every row's row_id, so the decision stays.
  await page.getByRole('textbox', { name: 'Missing values (every column)' }).fill('-1');
  await page.getByRole('button', { name: 'Apply missing values (every column)' }).click();
  await expect(missingOf(page, 'score')).toHaveText(new RegExp(`^${count('score', '-1')} `));
  await expect(page.getByRole('button', { name: 'Keep first of group 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(excluded).toHaveText('1 row left out of modelling (kept in the export).');
  await runSegments(page, 2);
  const reason = `fuzzy duplicate of row 1 on nom`;

  await page.reload();
  await expect(page.getByTestId('fuzzy-restored')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Keep first of group 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Keep all of group 1' })).toHaveAttribute('aria-pressed', 'false');
  await expect(groups.getByRole('listitem').first()).toContainText('1 left out of modelling');
  await expect(excluded).toHaveText('1 row left out of modelling (kept in the export).');

  // The restored run's export, then a new run after the reload: row 3 stays out, with the reason.
  const outcome = (rows: string[][]) => rows.slice(1).map((r) => [r[rows[0].indexOf('segment_name')], r[rows[0].indexOf('unassigned_reason')]]);
  const before = outcome((await exportCsv(page)).rows);
  expect(before).toHaveLength(records.length);
  expect(before[2]).toEqual(['Unassigned', reason]);
  await runSegments(page, 3);
  const after = outcome((await exportCsv(page)).rows);
  expect(after[2]).toEqual(['Unassigned', reason]);
  expect(after.filter(([, why]) => why === reason)).toHaveLength(1);

  // Keep all after the reload brings the row back; a reload keeps that too.
  await page.getByRole('button', { name: 'Keep all of group 1' }).click();
  await expect(excluded).toHaveText('No row is left out of modelling.');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Keep all of group 1' })).toHaveAttribute('aria-pressed', 'true', { timeout: 60_000 });
  await expect(excluded).toHaveText('No row is left out of modelling.');
});

test('exact copies left out stay out after a reload', async ({ page }) => {
  // Row 5 written twice more: two extra copies.
  const copied = [...records, records[4], records[4]];
  const text = [header, ...copied].map((r) => r.join(',')).join('\n') + '\n';
  await openApp(page);
  await dropFiles(page, [{ name: 'copies.csv', bytes: new TextEncoder().encode(text) }]);
  const box = page.getByRole('checkbox', { name: 'Leave the extra copies out of modelling' });
  await box.check({ timeout: 60_000 });
  const extra = copied.length - records.length;
  const excluded = page.getByTestId('excluded-summary');
  await expect(excluded).toHaveText(`${extra} rows left out of modelling (kept in the export).`);
  await page.reload();
  await expect(box).toBeChecked({ timeout: 60_000 });
  await expect(excluded).toHaveText(`${extra} rows left out of modelling (kept in the export).`);
  await box.uncheck();
  await expect(excluded).toHaveText('No row is left out of modelling.');
  await page.reload();
  await expect(box).not.toBeChecked({ timeout: 60_000 });
  await expect(excluded).toHaveText('No row is left out of modelling.');
});
