// The quality report in the real app: the demo data's planted gaps and impossible ages, and a small
// dropped contact file with exact copies, near-duplicate names, e-mails, a negative amount and phone numbers.
import { readFileSync } from 'node:fs';
import { test, expect } from './guard';
import { parseCsv } from './csv';
import { exportCsv, openApp, runSegments } from './appSteps';

const demo = parseCsv(readFileSync('public/demo/customers.csv', 'utf8').replace(/^\uFEFF/, ''));
const header = demo[0];
const rows = demo.slice(1).filter((r) => r.length > 1);
const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);

test('demo data: impossible ages, gaps and outliers in plain words, with their rows', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load demo data' }).first().click();
  const findings = page.getByRole('list', { name: 'Quality findings' });

  const ages = column('age').map((v, i) => ({ v, i })).filter(({ v }) => v !== '' && (Number(v) < 0 || Number(v) > 120));
  const ageText = `age: ${ages.length} impossible value${ages.length === 1 ? '' : 's'} (below 0 or above 120)`;
  await expect(findings.getByText(ageText)).toBeVisible({ timeout: 60_000 });
  // Most severe first: the impossible ages are a critical finding.
  await expect(findings.getByRole('listitem').first()).toContainText('critical');

  const missing = column('email_open_rate').filter((v) => v === '').length;
  await expect(findings.getByText(`email_open_rate: ${missing} values missing (${((100 * missing) / rows.length).toFixed(1)} %)`)).toBeVisible();
  await expect(findings.getByText(/^total_spend_eur: long right tail \(skewness [\d.]+\)$/)).toBeVisible();

  await page.getByRole('button', { name: `Show rows: ${ageText}` }).click();
  const table = page.getByRole('table', { name: `Rows: ${ageText}` });
  for (const { v, i } of ages) {
    const row = table.getByRole('row', { name: new RegExp(`^${(i + 1).toLocaleString('en')} `) });
    await expect(row).toContainText(rows[i][0]);
    await expect(row).toContainText(v);
  }
  await expect(table.getByRole('row')).toHaveCount(ages.length + 1);

  const iqr = findings.getByRole('button', { name: /^Show rows: total_spend_eur: [\d,]+ outliers by the IQR rule/ });
  const label = (await iqr.getAttribute('aria-label')) ?? '';
  const count = Number(label.match(/([\d,]+) outliers/)?.[1].replaceAll(',', ''));
  expect(count).toBeGreaterThan(0);
  await iqr.click();
  await expect(page.getByText(count > 50 ? `First 50 of ${count.toLocaleString('en')} rows` : `${count} rows`)).toBeVisible();
});

test('a dropped contact file: personal data, exact copies, fuzzy duplicates kept or left out', async ({ page }) => {
  const lines = [
    'client_id,nom,email,telephone,ville,montant',
    '1,Marie Dupont,marie.dupont@exemple.fr,612345678,Paris,120.5',
    '2,Jean Martin,jean.martin@exemple.fr,623456789,Lyon,80',
    '3,Marie Dupond,marie.dupont@exemple.fr,634567890,Paris,120.5',
    '4,Hélène Roux,helene.roux@exemple.fr,,Nantes,45',
    '5,Paul Girard,paul.girard@exemple.fr,645678901,Lille,-10',
    '6,HELENE ROUX,helene.roux@exemple.fr,656789012,Nantes,45',
    '2,Jean Martin,jean.martin@exemple.fr,623456789,Lyon,80',
    '2,Jean Martin,jean.martin@exemple.fr,623456789,Lyon,80',
  ];
  const others = ['Sophie Bernard', 'Luc Moreau', 'Camille Petit', 'Hugo Lambert', 'Emma Fontaine', 'Louis Chevalier', 'Inès Gauthier', 'Théo Garnier'];
  others.forEach((name, k) => {
    const mail = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(' ', '.');
    lines.push(`${10 + k},${name},${mail}@exemple.fr,${k === 3 ? '' : 670000000 + k * 1111},Rennes,${30 + 7 * k}`);
  });
  await openApp(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'contacts.csv', { type: 'text/csv' }));
    return transfer;
  }, lines.join('\n') + '\n');
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${lines.length - 1} rows · 6 columns`);

  const findings = page.getByRole('list', { name: 'Quality findings' });
  const emails = lines.length - 1;
  await expect(findings.getByText(`email: personal data (e-mail) in ${emails} values (100.0 %)`)).toBeVisible({ timeout: 60_000 });
  await expect(findings.getByText('nom: personal data (person name), by its column name')).toBeVisible();
  await expect(findings.getByText('telephone: personal data (phone number), by its column name')).toBeVisible();
  await expect(findings.getByText('montant: 1 negative amount')).toBeVisible();
  await expect(findings.getByText('2 rows are exact copies of another row (1 group)')).toBeVisible();
  await expect(findings.getByText('client_id: 1 identifier used more than once (3 rows)')).toBeVisible();
  // Phone numbers are whole numbers with gaps, which would be proposed as a feature but for personal data.
  await expect(page.getByRole('checkbox', { name: 'telephone' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'montant' })).toBeChecked();

  await page.getByRole('button', { name: 'Show rows: 2 rows are exact copies of another row (1 group)' }).click();
  const copies = page.getByRole('table', { name: 'Rows: 2 rows are exact copies of another row (1 group)' });
  await expect(copies.getByRole('row')).toHaveCount(4);
  await expect(copies.getByRole('rowheader')).toHaveText(['2', '7', '8']);

  // Names and e-mails are picked by default; the threshold starts at 0.85.
  const compare = page.getByRole('listbox', { name: 'Columns to compare' });
  await expect(compare).toHaveValues(['nom', 'email']);
  await compare.selectOption(['nom']);
  await page.getByLabel('Similarity measure').selectOption('jaro_winkler');
  await page.getByRole('button', { name: 'Find fuzzy duplicates' }).click();
  // On names alone, Jaro-Winkler also joins Marie Dupont and Marie Dupond, and the Roux pair.
  await expect(page.getByTestId('fuzzy-summary')).toContainText('3 groups of similar rows (4 possible duplicates)');
  await compare.selectOption(['nom', 'email']);
  await page.getByLabel('Similarity measure').selectOption('levenshtein');
  await expect(page.getByLabel('Similarity threshold')).toHaveValue('0.85');
  await page.getByRole('button', { name: 'Find fuzzy duplicates' }).click();
  const groups = page.getByRole('list', { name: 'Fuzzy duplicate groups' });
  await expect(groups.getByRole('listitem')).toHaveCount(3);
  await expect(groups.getByRole('listitem').nth(0)).toContainText('row 1: Marie Dupont');
  await expect(groups.getByRole('listitem').nth(0)).toContainText('row 3: Marie Dupond');
  await expect(groups.getByRole('listitem').nth(2)).toContainText('row 6: HELENE ROUX');

  const excluded = page.getByTestId('excluded-summary');
  await expect(excluded).toHaveText('No row is left out of modelling.');
  await page.getByRole('button', { name: 'Keep first of group 1' }).click();
  await expect(excluded).toHaveText('1 row left out of modelling (kept in the export).');
  await page.getByRole('checkbox', { name: 'Leave the extra copies out of modelling' }).check();
  await expect(excluded).toHaveText('3 rows left out of modelling (kept in the export).');
  await page.getByRole('button', { name: 'Keep all of group 1' }).click();
  await expect(excluded).toHaveText('2 rows left out of modelling (kept in the export).');
  // Group 2 holds row 2 and its two exact copies: keeping all of it does not undo the box above.
  await page.getByRole('button', { name: 'Keep first of group 2' }).click();
  await expect(page.getByRole('button', { name: 'Keep first of group 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Keep all of group 2' }).click();
  await expect(page.getByRole('button', { name: 'Keep all of group 2' })).toHaveAttribute('aria-pressed', 'true');
  await expect(excluded).toHaveText('2 rows left out of modelling (kept in the export).');

  // The run leaves the two copies out; the export keeps them, unassigned, with the reason.
  await runSegments(page, 2);
  const { rows: exported } = await exportCsv(page);
  const at = (name: string) => exported[0].indexOf(name);
  expect(exported.length - 1).toBe(lines.length - 1);
  const outcome = exported.slice(1).map((r) => [r[at('segment_name')], r[at('unassigned_reason')]]);
  expect(outcome[6]).toEqual(['Unassigned', 'exact copy of row 2']);
  expect(outcome[7]).toEqual(['Unassigned', 'exact copy of row 2']);
  expect(outcome.filter(([name]) => name === 'Unassigned')).toHaveLength(2);
});
