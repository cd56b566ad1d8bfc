// `npm run bench`: runs every task module in bench/tasks (or those named on the command line)
// and prints one JSON line per measurement; speed lives here, never in a test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchTask } from './harness';

const only = process.argv.slice(2);
const dir = join(process.cwd(), 'bench', 'tasks');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { tasks: BenchTask[] };
  for (const task of mod.tasks) {
    if (only.length && !only.some((o) => task.name.includes(o))) continue;
    try {
      for (const result of await task.run()) console.log(JSON.stringify(result));
    } catch (error) {
      console.log(JSON.stringify({ task: task.name, error: String(error) }));
    }
  }
}
