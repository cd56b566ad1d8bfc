// Benchmarks for the DuckDB layer on a 1M-row customer CSV (Node blocking build): ingest, profile,
// feature extraction, writing and profiling segments, export; Python's csv/numpy do the same work as reference.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { line, runReference, timed, type BenchLine, type BenchTask } from '../harness';
import { createRandom } from '../../src/analysis/random';
import type { Matrix } from '../../src/analysis/matrix';
import { connectNodeDatabase } from '../../src/db/connectNode';
import type { Database } from '../../src/db/database';
import { exportSegmentsCsv } from '../../src/db/exportSegmentsCsv';
import { extractFeatures } from '../../src/db/extractFeatures';
import { ingestCsv, type DatasetInfo } from '../../src/db/ingestCsv';
import { profileDataset } from '../../src/db/profileDataset';
import { segmentProfiles } from '../../src/db/segmentProfiles';
import { writeSegments } from '../../src/db/writeSegments';

const ROWS = 1_000_000;
const FEATURES = ['age', 'orders_12m', 'total_spend_eur', 'web_sessions_per_month', 'email_open_rate'];
const REGIONS = ['Île-de-France', 'Auvergne-Rhône-Alpes', 'Occitanie', 'Bretagne', 'Grand Est', 'Normandie'];
const HEADER = 'customer_id,age,region,signup_date,orders_12m,total_spend_eur,web_sessions_per_month,email_open_rate,loyalty_member';

/** A seeded customer table like the demo's, with ~3 % missing values in two columns. */
function makeCustomersCsv(rows: number): Uint8Array {
  const rng = createRandom(42);
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const orders = rng.int(30);
    const day = new Date(Date.UTC(2015, 0, 1) + rng.int(3800) * 86_400_000).toISOString().slice(0, 10);
    lines.push([
      `C${String(i + 1).padStart(7, '0')}`,
      rng.next() < 0.03 ? '' : String(18 + rng.int(70)),
      REGIONS[rng.int(REGIONS.length)],
      day,
      String(orders),
      (orders * (20 + rng.next() * 100)).toFixed(2),
      (rng.next() * 30).toFixed(1),
      rng.next() < 0.03 ? '' : rng.next().toFixed(2),
      rng.next() < 0.4 ? 'yes' : 'no',
    ].join(','));
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/** Labels as a clustering would give: 6 segments and some noise, the same rule as the reference's. */
function makeLabels(rows: number): Int32Array {
  return Int32Array.from({ length: rows }, (_, i) => (i % 7) - 1);
}

interface Loaded {
  db: Database;
  info: DatasetInfo;
  csvPath: string;
  bytes: Uint8Array;
  features: Matrix;
}
let loaded: Promise<Loaded> | null = null;

/** Builds the CSV, loads it once and shares it between tasks (each task times only its own step). */
function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const bytes = makeCustomersCsv(ROWS);
    const dir = join(process.cwd(), 'bench', 'out');
    mkdirSync(dir, { recursive: true });
    const csvPath = join(dir, 'db-customers-1M.csv');
    writeFileSync(csvPath, bytes);
    const db = await connectNodeDatabase();
    const { seconds, value: info } = await timed(() => ingestCsv(db, 'customers.csv', bytes));
    ingestSeconds = seconds;
    const features = await extractFeatures(db, FEATURES);
    return { db, info, csvPath, bytes, features };
  })();
  return loaded;
}
let ingestSeconds = 0;

const shape = { rows: ROWS, cols: FEATURES.length };
const BUDGET = 3;

export const tasks: BenchTask[] = [
  {
    name: 'db-ingest-csv-1M',
    run: async (): Promise<BenchLine[]> => {
      const { csvPath, bytes, info } = await load();
      const ref = runReference('db_tables', null, { op: 'read_csv', path: csvPath });
      return [line('db-ingest-csv-1M', { rows: info.rowCount, cols: info.columns.length }, ingestSeconds, ref, BUDGET, { megabytes: Math.round(bytes.length / 1e5) / 10 })];
    },
  },
  {
    name: 'db-profile-1M',
    run: async () => {
      const { db, info, csvPath } = await load();
      const { seconds } = await timed(() => profileDataset(db, info));
      const numeric = info.columns.filter((c) => c.sqlType === 'BIGINT' || c.sqlType === 'DOUBLE').map((c) => c.name);
      const ref = runReference('db_tables', null, { op: 'profile', path: csvPath, numeric });
      return [line('db-profile-1M', { rows: info.rowCount, cols: info.columns.length }, seconds, ref, BUDGET)];
    },
  },
  {
    name: 'db-extract-features-1M',
    run: async () => {
      const { db } = await load();
      const { seconds } = await timed(() => extractFeatures(db, FEATURES));
      return [line('db-extract-features-1M', shape, seconds, null)];
    },
  },
  {
    name: 'db-write-segments-1M',
    run: async () => {
      const { db } = await load();
      const labels = makeLabels(ROWS);
      const { seconds } = await timed(() => writeSegments(db, labels, ['A', 'B', 'C', 'D', 'E', 'F']));
      return [line('db-write-segments-1M', shape, seconds, null)];
    },
  },
  {
    name: 'db-segment-profiles-1M',
    run: async () => {
      const { db, features } = await load();
      await writeSegments(db, makeLabels(ROWS), ['A', 'B', 'C', 'D', 'E', 'F']);
      const { seconds } = await timed(() => segmentProfiles(db, FEATURES));
      const ref = runReference('db_tables', features, { op: 'segment_profiles', segments: 7 });
      return [line('db-segment-profiles-1M', shape, seconds, ref, BUDGET)];
    },
  },
  {
    name: 'db-export-csv-1M',
    run: async () => {
      const { db, csvPath, info } = await load();
      await writeSegments(db, makeLabels(ROWS), ['A', 'B', 'C', 'D', 'E', 'F']);
      const { seconds, value } = await timed(() => exportSegmentsCsv(db));
      const ref = runReference('db_tables', null, { op: 'write_csv', path: csvPath, segments: 7 });
      return [line('db-export-csv-1M', { rows: info.rowCount, cols: info.columns.length + 2 }, seconds, ref, BUDGET, { megabytes: Math.round(value.length / 1e5) / 10 })];
    },
  },
];
