// JSON and NDJSON parsed in a Web Worker: a JSON list and an NDJSON log dropped together both load, a
// broken record is still reported by line, and a large NDJSON's parse leaves the page responsive.
import { test, expect } from './guard';
import { dropFiles, openApp } from './appSteps';
import { mainThreadTasks, startTrace, stopTrace, tasksOverWithin, timeStampsMs } from './mainThreadTrace';

test('a JSON list and an NDJSON log dropped together both load; a broken line is reported by line', async ({ page }) => {
  await openApp(page);
  const customers = JSON.stringify(Array.from({ length: 30 }, (_, i) => ({ id: `C${i}`, spend: i * 1.5, vip: i % 3 === 0 })), null, 2);
  const events = Array.from({ length: 12 }, (_, i) => JSON.stringify({ event: `E${i}`, customer: `C${i % 30}`, at: '2024-03-01' })).join('\n');
  const encode = (text: string) => new TextEncoder().encode(text);
  await dropFiles(page, [{ name: 'customers.json', bytes: encode(customers) }, { name: 'events.ndjson', bytes: encode(events) }]);
  const list = page.getByRole('table', { name: 'Loaded files' });
  await expect(list.getByRole('row', { name: /customers\.json/ })).toContainText('30');
  await expect(list.getByRole('row', { name: /events\.ndjson/ })).toContainText('12');
  await expect(page.getByTestId('dataset-summary')).toHaveText('30 rows · 3 columns');

  await dropFiles(page, [{ name: 'broken.ndjson', bytes: encode('{"id": 1}\n{"id": 2}\n{"id": 3,, "x": 1}\n') }]);
  await expect(page.getByRole('alert')).toContainText("broken.ndjson, line 3: This line is not valid JSON (unexpected ',').");
  await expect(page.getByTestId('dataset-summary')).toHaveText('30 rows · 3 columns');
});

test('a large NDJSON is parsed off the main thread: no task over 50 ms of CPU while the JSON worker parses', async ({ page, browser }) => {
  const rows = 200_000;
  // Marks on the trace when the JSON worker starts and when it answers, so that tasks can be matched to the parse.
  await page.addInitScript(() => {
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('jsonWorker')) return;
        console.timeStamp('json-parse-start');
        this.addEventListener('message', () => console.timeStamp('json-parse-end'));
      }
    };
  });
  await openApp(page);
  const dataTransfer = await page.evaluateHandle((n) => {
    const cities = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'];
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      lines.push(JSON.stringify({ customer_id: `C${String(i).padStart(8, '0')}`, age: 18 + (i % 70), city: cities[i % 6], spend: (i * 37 % 50000) / 100, visits: i % 60, rate: i % 20 === 0 ? null : (i % 1000) / 1000 }));
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File([lines.join('\n')], 'events.ndjson'));
    return transfer;
  }, rows);
  // CPU time per task, not wall-clock: on a loaded machine a short task can wait for a core and last longer.
  await startTrace(browser, page);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('dataset-summary')).toHaveText(`${rows.toLocaleString('en')} rows · 6 columns`, { timeout: 90_000 });
  const trace = await stopTrace(browser);
  const starts = timeStampsMs(trace, 'json-parse-start');
  const ends = timeStampsMs(trace, 'json-parse-end');
  expect(starts).toHaveLength(1);
  expect(ends.length).toBeGreaterThan(0);
  const [from] = starts;
  const to = Math.max(...ends);
  expect(to).toBeGreaterThan(from);
  expect(tasksOverWithin(mainThreadTasks(trace), 50, from, to)).toEqual([]);
});
