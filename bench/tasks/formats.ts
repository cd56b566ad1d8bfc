// Benchmarks for the non-CSV formats (Node builds of DuckDB-WASM and parquet-wasm): a 1M x 6 Parquet file
// decoded to Arrow and inserted as `dataset`, and a 200k x 6 NDJSON file parsed in JS (in a worker, in the browser). Budgets are ours.
import { Float64, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Table as WasmTable, writeParquet } from 'parquet-wasm/node';
import { line, round, timed, type BenchLine, type BenchTask } from '../harness';
import { createRandom } from '../../src/analysis/random';
import { connectNodeDatabase } from '../../src/db/connectNode';
import { nodeFileReaders } from '../../src/db/fileReadersNode';
import { ingestFile } from '../../src/db/ingestFile';
import { jsonToArrow } from '../../src/db/jsonTable';

const CITIES = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'];

function customerColumns(rows: number) {
  const rng = createRandom(11);
  return {
    customer_id: Array.from({ length: rows }, (_, i) => `C${String(i + 1).padStart(8, '0')}`),
    age: Array.from({ length: rows }, () => (rng.next() < 0.02 ? null : BigInt(18 + rng.int(70)))),
    city: Array.from({ length: rows }, () => CITIES[rng.int(CITIES.length)]),
    spend: Array.from({ length: rows }, () => Math.round(rng.next() * 500000) / 100),
    visits: Array.from({ length: rows }, () => BigInt(rng.int(60))),
    rate: Array.from({ length: rows }, () => (rng.next() < 0.05 ? null : rng.next())),
  };
}

async function loadLine(task: string, fileName: string, bytes: Uint8Array, budgetSeconds: number, extra: Record<string, unknown> = {}): Promise<BenchLine> {
  const db = await connectNodeDatabase();
  try {
    const load = await timed(() => ingestFile(db, fileName, bytes, { readers: nodeFileReaders }));
    return {
      ...line(task, { rows: load.value.rowCount, cols: load.value.columns.length }, load.seconds, null),
      budget: `${budgetSeconds} s`, within_budget: load.seconds <= budgetSeconds, megabytes: round(bytes.length / 1e6),
      types: load.value.columns.map((c) => c.sqlType).join(' '), ...extra,
    };
  } finally {
    await db.close();
  }
}

export const tasks: BenchTask[] = [
  {
    name: 'parquet load 1M x 6',
    run: async () => {
      const c = customerColumns(1_000_000);
      const table = new Table({
        customer_id: vectorFromArray(c.customer_id, new Utf8()), age: vectorFromArray(c.age, new Int64()),
        city: vectorFromArray(c.city, new Utf8()), spend: vectorFromArray(c.spend, new Float64()),
        visits: vectorFromArray(c.visits, new Int64()), rate: vectorFromArray(c.rate, new Float64()),
      });
      const bytes = writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')));
      return [await loadLine('parquet load 1M x 6', 'customers.parquet', bytes, 4)];
    },
  },
  {
    name: 'ndjson load 200k x 6',
    run: async () => {
      const rows = 200_000;
      const c = customerColumns(rows);
      const lines = Array.from({ length: rows }, (_, i) => JSON.stringify({
        customer_id: c.customer_id[i], age: c.age[i] === null ? null : Number(c.age[i]), city: c.city[i],
        spend: c.spend[i], visits: Number(c.visits[i]), rate: c.rate[i],
      }));
      const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
      // The parse into Arrow alone: the part the browser runs in its JSON worker, off the page's thread.
      const parse = await timed(() => jsonToArrow(bytes, 'events.ndjson', 'ndjson'));
      return [await loadLine('ndjson load 200k x 6', 'events.ndjson', bytes, 4, { parse_seconds: round(parse.seconds) })];
    },
  },
];
