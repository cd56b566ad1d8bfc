// Reading options for every delimited table, and nothing lost on a re-read: an order file's encoding and day/month
// order changed beside the customer table (which keeps its run), kept across a reload; a customer re-read keeps the recipe.
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { dropFiles, openApp, runSegments } from './appSteps';

const customerHeader = ['client_id', 'nom', 'score', 'age'];
const customers = [
  ['1', 'Marie Dupont', '10', '34'], ['2', 'Jean Martin', '-1', '41'], ['3', 'Paul Girard', '22', '35'],
  ['4', 'Sophie Bernard', '-1', '52'], ['5', 'Luc Moreau', '15', '28'], ['6', 'Camille Petit', '48', '61'],
  ['7', 'Hugo Lambert', '51', '45'], ['8', 'Emma Fontaine', '7', '23'], ['9', 'Louis Chevalier', '-1', '45'],
  ['10', 'Inès Gauthier', '36', '39'], ['11', 'Théo Garnier', '44', '57'], ['12', 'Léa Roux', '29', '31'],
];
const customersCsv = new TextEncoder().encode([customerHeader, ...customers].map((r) => r.join(',')).join('\n') + '\n');

// A French shop's order export: semicolons, decimal commas with €, Windows-1252 bytes (é 0xE9, è 0xE8, € 0x80),
// and dd/mm dates none of which has a day above 12, so the data cannot tell the order.
const orderHeader = ['order_id', 'client_id', 'ville', 'date_commande', 'montant'];
const orders = [
  ['101', '1', 'Orléans', '03/04/2024', '12,50 €'], ['102', '2', 'Nîmes', '05/06/2024', '8,00 €'],
  ['103', '1', 'Sète', '01/02/2024', '30,10 €'], ['104', '3', 'Orléans', '07/08/2024', '4,99 €'],
  ['105', '5', 'Besançon', '11/12/2023', '19,90 €'], ['106', '6', 'Nîmes', '02/01/2024', '45,00 €'],
  // A guest order: the shop writes -1 for "no customer".
  ['107', '-1', 'Sète', '09/10/2024', '15,00 €'],
];
// A row with a semicolon inside a value and no quotes: rejected, never dropped silently.
const broken = ['108', '7', 'Lyon; Part-Dieu', '10/11/2024', '9,90 €'];
const WINDOWS_1252: Record<string, number> = { é: 0xe9, è: 0xe8, î: 0xee, ç: 0xe7, '€': 0x80 };
const ordersText = [orderHeader, ...orders, broken].map((r) => r.join(';')).join('\r\n') + '\r\n';
const ordersCsv = Uint8Array.from(ordersText, (c) => WINDOWS_1252[c] ?? c.charCodeAt(0));
/** What Mac Roman makes of the same bytes. */
const asMacRoman = (text: string) => new TextDecoder('macintosh').decode(Uint8Array.from(text, (c) => WINDOWS_1252[c] ?? c.charCodeAt(0)));
const isoDate = (text: string, order: 'dmy' | 'mdy') => {
  const [a, b, year] = text.split('/');
  return order === 'dmy' ? `${year}-${b}-${a}` : `${year}-${a}-${b}`;
};

const ORDERS = 'orders.csv';
const orderCell = (page: Page, row: number, column: string) =>
  page.getByRole('table', { name: `Preview of ${ORDERS}` }).getByRole('row').nth(row).getByRole('cell').nth(orderHeader.indexOf(column));
const orderEncoding = (page: Page) => page.getByRole('combobox', { name: `Encoding of ${ORDERS}` });
const orderDates = (page: Page) => page.getByRole('combobox', { name: `Day/month order of date_commande in ${ORDERS}` });

async function expectOrders(page: Page, encoding: 'windows-1252' | 'macintosh', order: 'dmy' | 'mdy'): Promise<void> {
  await expect(orderEncoding(page)).toHaveValue(encoding);
  for (const row of [1, 2, 5]) {
    const city = orders[row - 1][2];
    await expect(orderCell(page, row, 'ville')).toHaveText(encoding === 'macintosh' ? asMacRoman(city) : city);
    await expect(orderCell(page, row, 'date_commande')).toHaveText(isoDate(orders[row - 1][3], order));
  }
}

test('an order file’s encoding and day/month order are changed beside the customers, and kept across a reload', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [{ name: 'clients.csv', bytes: customersCsv }, { name: ORDERS, bytes: ordersCsv }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${customers.length} rows · ${customerHeader.length} columns`, { timeout: 60_000 });
  await expect(page.getByTestId(`summary-${ORDERS}`)).toHaveText(`${orders.length} rows · ${orderHeader.length} columns · 1 row rejected`);
  const rejected = page.getByRole('table', { name: `Rejected rows of ${ORDERS}` }).getByRole('row');
  await expect(rejected.nth(1).getByRole('cell')).toHaveText([String(orders.length + 2), /6 fields where the header has 5/, broken.join(';')]);
  await expect(page.getByTestId(`encoding-reason-${ORDERS}`)).toContainText('Windows-1252');
  await expectOrders(page, 'windows-1252', 'dmy');
  await expect(page.getByTestId(`date-order-note-${ORDERS}-date_commande`)).toContainText('no value has a day above 12');
  await runSegments(page, 2);

  await orderDates(page).selectOption('mdy');
  await expectOrders(page, 'windows-1252', 'mdy');
  await expect(page.getByTestId(`reread-effect-${ORDERS}`)).toHaveText('Read again: date_commande: read as dd/mm/yyyy → mm/dd/yyyy.');
  await orderEncoding(page).selectOption('macintosh');
  await expectOrders(page, 'macintosh', 'mdy');
  await expect(page.getByTestId(`reread-effect-${ORDERS}`)).toContainText('encoding: Windows-1252 → Mac Roman');

  // -1 declared missing in the order file's client_id only.
  const orderClient = page.getByRole('listitem', { name: `Column client_id of ${ORDERS}` });
  await orderClient.getByText('Reading options').click();
  await orderClient.getByRole('textbox', { name: `Missing values (in client_id of ${ORDERS})` }).fill('-1');
  await orderClient.getByRole('button', { name: `Apply missing values (in client_id of ${ORDERS})` }).click();
  await expect(page.getByTestId(`reread-effect-${ORDERS}`)).toHaveText('Read again: client_id: 0 → 1 missing.');
  await expect(orderCell(page, 7, 'client_id')).toHaveText('');
  await expect(orderCell(page, 1, 'client_id')).toHaveText(orders[0][1]);
  await expectOrders(page, 'macintosh', 'mdy');

  // The customer table and its run were not touched by the order file's re-reads.
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${customers.length} rows · ${customerHeader.length} columns`);
  await expect(page.getByRole('combobox', { name: 'Encoding', exact: true })).toHaveValue('utf-8');
  await expect(page.getByTestId('run-summary')).toContainText('2 segments');

  const declared = page.getByRole('list', { name: `Declared reading choices of ${ORDERS}` });
  const orderChoices = ['Read as missing in client_id: -1', 'date_commande: dates read month first (mm/dd), as you chose'];
  await expect(declared.getByRole('listitem')).toHaveText(orderChoices);
  await page.reload();
  await expect(page.getByTestId('run-summary')).toContainText('2 segments', { timeout: 60_000 });
  await expectOrders(page, 'macintosh', 'mdy');
  await expect(orderDates(page)).toHaveValue('mdy');
  await expect(rejected.nth(1).getByRole('cell').first()).toHaveText(String(orders.length + 2));
  await expect(page.getByTestId(`encoding-reason-${ORDERS}`)).toContainText('chosen by you');
  await expect(declared.getByRole('listitem')).toHaveText(orderChoices);
  await expect(orderClient.getByRole('textbox', { name: `Missing values (in client_id of ${ORDERS})` })).toHaveValue('-1');
  await expect(orderCell(page, 7, 'client_id')).toHaveText('');
  await expect(page.getByRole('combobox', { name: 'Encoding', exact: true })).toHaveValue('utf-8');

  // Back to the guessed encoding; the day/month choice stays, after a reload too.
  await page.getByRole('button', { name: `Detect the encoding of ${ORDERS} again` }).click();
  await expectOrders(page, 'windows-1252', 'mdy');
  await page.reload();
  await expectOrders(page, 'windows-1252', 'mdy');
  await expect(page.getByRole('button', { name: `Detect the encoding of ${ORDERS} again` })).toHaveCount(0);

  // Removed, then dropped again: a new copy is read afresh, none of the old choices applied.
  await page.getByRole('button', { name: `Remove ${ORDERS}` }).click();
  await expect(page.getByRole('table', { name: `Preview of ${ORDERS}` })).toHaveCount(0);
  await dropFiles(page, [{ name: ORDERS, bytes: ordersCsv }]);
  await expect(page.getByTestId(`summary-${ORDERS}`)).toContainText(`${orders.length} rows`, { timeout: 60_000 });
  await expectOrders(page, 'windows-1252', 'dmy');
  await expect(orderCell(page, 7, 'client_id')).toHaveText('-1');
  await expect(declared).toHaveCount(0);
});

test('a customer re-read keeps the recipe; the run stays when its columns did not change and is cleared, saying why, when they did', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, [{ name: 'clients.csv', bytes: customersCsv }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${customers.length} rows · ${customerHeader.length} columns`, { timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Scaling for score' }).selectOption('minmax');
  await runSegments(page, 2);

  // nom is not in the model: declaring one of its values missing keeps the segments.
  const nomCard = page.getByRole('article', { name: 'Column nom' });
  await nomCard.getByText('Reading options').click();
  await nomCard.getByRole('textbox', { name: 'Missing values (in nom)' }).fill('Luc Moreau');
  await nomCard.getByRole('button', { name: 'Apply missing values (in nom)' }).click();
  await expect(page.getByTestId('reread-effect')).toHaveText('Read again: nom: 0 → 1 missing.');
  await expect(page.getByTestId('reread-run')).toHaveText('The segments were kept: no column the model uses changed.');
  await expect(page.getByTestId('run-summary')).toContainText('2 segments');
  await expect(page.getByRole('combobox', { name: 'Scaling for score' })).toHaveValue('minmax');

  // -1 in score is a change the model sees: the segments go, with the reason, and the recipe stays.
  await page.getByRole('textbox', { name: 'Missing values (every column)' }).fill('-1');
  await page.getByRole('button', { name: 'Apply missing values (every column)' }).click();
  const unscored = customers.filter((r) => r[2] === '-1').length;
  await expect(page.getByTestId('reread-effect')).toHaveText(`Read again: score: 0 → ${unscored} missing.`);
  await expect(page.getByTestId('reread-run')).toContainText('The segments were cleared: the values of score changed, and the model uses it.');
  await expect(page.getByTestId('run-summary')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'The segments were cleared: clients.csv was read again' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scaling for score' })).toHaveValue('minmax');
  await expect(page.getByRole('list', { name: 'What became of the recipe' }).getByRole('listitem'))
    .toHaveText(['Constants of score will be fitted again on the values read now, at the next run.']);

  await page.getByRole('button', { name: 'Run again with the same parameters' }).click();
  await expect(page.getByTestId('run-summary')).toContainText('2 segments', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Run again with the same parameters' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('run-summary')).toContainText('2 segments', { timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Scaling for score' })).toHaveValue('minmax');
  await expect(page.getByRole('textbox', { name: 'Missing values (every column)' })).toHaveValue('-1');
});

test('a column lost by a wrong encoding gets its recipe steps back when the file is read right again', async ({ page }) => {
  const text = 'client_id,fidélité,panier\n' + Array.from({ length: 12 }, (_, i) => `${i + 1},${(i * 7) % 10},${20 + ((i * 13) % 50)}`).join('\n') + '\n';
  await openApp(page);
  await dropFiles(page, [{ name: 'fidelite.csv', bytes: new TextEncoder().encode(text) }]);
  await expect(page.getByTestId('dataset-summary')).toHaveText('12 rows · 3 columns', { timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Scaling for fidélité' }).selectOption('minmax');
  const misread = new TextDecoder('latin1').decode(new TextEncoder().encode('fidélité'));
  const recipeNotes = page.getByRole('list', { name: 'What became of the recipe' }).getByRole('listitem');

  await page.getByRole('combobox', { name: 'Encoding', exact: true }).selectOption('iso-8859-1');
  await expect(recipeNotes).toHaveText([
    'Steps of columns no longer in the file, set aside until they are read again: fidélité (feature).',
    `New columns, shown only: ${misread}.`,
  ]);
  await expect(page.getByRole('combobox', { name: 'Scaling for fidélité' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Detect the encoding again' }).click();
  await expect(recipeNotes).toHaveText([
    `Steps of columns no longer in the file, set aside until they are read again: ${misread} (shown only).`,
    'Steps brought back, their columns being read again: fidélité (constants fitted again at the next run).',
  ]);
  await expect(page.getByRole('combobox', { name: 'Scaling for fidélité' })).toHaveValue('minmax');
});
