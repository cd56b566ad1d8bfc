// Benchmarks for loading real-world delimited text (Node blocking build of DuckDB-WASM): load and profile
// of a 1M x 20 CSV (~110 MB), per phase, and Windows-1252 to UTF-8 transcoding of 100 MB. Budgets from issue 3.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { line, round, timed, type BenchLine, type BenchTask } from '../harness';
import { createRandom } from '../../src/analysis/random';
import { connectNodeDatabase } from '../../src/db/connectNode';
import { ingestCsv } from '../../src/db/ingestCsv';
import { profileDataset } from '../../src/db/profileDataset';
import { detectEncoding } from '../../src/db/text/detectEncoding';
import { transcodeSingleByte } from '../../src/db/text/transcodeToUtf8';
import { concatenateBytes } from '../../src/db/concatenateBytes';
import { prepareCsvTextInNodeWorker } from '../../src/db/csvTextNode';

const ROWS = 1_000_000;
const CITIES = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille', 'Rennes', 'Nice', 'Bordeaux', 'Strasbourg'];
const CHANNELS = ['web', 'store', 'phone', 'app'];

/** A seeded customer table of 20 columns: ids, integers, decimals, dates, categories, a few gaps. */
export function makeWideCsv(rows: number): Uint8Array {
  const rng = createRandom(3);
  const header = ['customer_id', 'age', 'city', 'signup_date', 'channel', 'orders_12m', 'total_spend', 'avg_basket', 'visits_30d',
    'email_open_rate', 'last_order', 'loyalty_points', 'returns', 'discount_rate', 'sessions', 'pages_per_session', 'tenure_days',
    'newsletter', 'nps', 'zip'];
  const parts: string[] = [header.join(',')];
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2012, 0, 1) + rng.int(4500) * 86_400_000).toISOString().slice(0, 10);
    const last = new Date(Date.UTC(2023, 0, 1) + rng.int(700) * 86_400_000).toISOString().slice(0, 10);
    parts.push([
      `C${String(i + 1).padStart(8, '0')}`, rng.next() < 0.02 ? '' : String(18 + rng.int(70)), CITIES[rng.int(CITIES.length)], day,
      CHANNELS[rng.int(CHANNELS.length)], String(rng.int(40)), (rng.next() * 5000).toFixed(2), (rng.next() * 200).toFixed(2),
      String(rng.int(60)), rng.next().toFixed(3), last, String(rng.int(20000)), String(rng.int(5)), (rng.next() * 0.3).toFixed(3),
      String(rng.int(300)), (1 + rng.next() * 12).toFixed(1), String(rng.int(4000)), rng.next() < 0.5 ? 'yes' : 'no',
      String(rng.int(11)), String(rng.int(95000) + 1000).padStart(5, '0'),
    ].join(','));
    if (parts.length === 50_000) {
      chunks.push(encoder.encode(parts.join('\n') + '\n'));
      parts.length = 0;
    }
  }
  if (parts.length) chunks.push(encoder.encode(parts.join('\n') + '\n'));
  return concatenateBytes(chunks);
}

/**
 * CPU seconds of this process's main thread (Linux: /proc), null elsewhere: with the scan in a worker thread,
 * the main thread's time is the load's critical path (DuckDB runs there).
 */
function mainThreadCpu(): number | null {
  const stat = `/proc/${process.pid}/task/${process.pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  // utime and stime, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** 100 MB of French-looking Windows-1252 text: mostly ASCII, accents and a few 0x80-0x9F bytes. */
function makeWindows1252(size: number): Uint8Array {
  const rng = createRandom(5);
  const out = new Uint8Array(size);
  const accents = [0xe9, 0xe8, 0xe0, 0xe7, 0xf4, 0xea, 0x80, 0x92, 0x9c];
  for (let i = 0; i < size; i++) {
    const r = rng.int(100);
    out[i] = r < 3 ? accents[rng.int(accents.length)] : r < 6 ? 0x3b : r < 8 ? 0x0a : 0x61 + rng.int(26);
  }
  return out;
}

export const tasks: BenchTask[] = [
  {
    name: 'load+profile 1M x 20',
    run: async (): Promise<BenchLine[]> => {
      const bytes = makeWideCsv(ROWS);
      const db = await connectNodeDatabase();
      try {
        const cpu = process.cpuUsage();
        const mainCpu = mainThreadCpu();
        // CPU seconds per phase, split where the load reports a new phase (the machine is shared: wall time is not all ours).
        const phaseCpu: Record<string, number> = {};
        let phase = '';
        let mark = process.cpuUsage();
        const enter = (next: string) => {
          const used = process.cpuUsage(mark);
          if (phase) phaseCpu[phase] = round((phaseCpu[phase] ?? 0) + (used.user + used.system) / 1e6);
          mark = process.cpuUsage();
          phase = next;
        };
        // The JS passes in a worker thread, as the browser runs them: DuckDB reads while the worker scans.
        const load = await timed(() => ingestCsv(db, 'wide.csv', bytes, {
          prepareText: prepareCsvTextInNodeWorker, onProgress: (p) => { if (p.phase !== phase) enter(p.phase); },
        }));
        enter('Profiling');
        const profile = await timed(() => profileDataset(db, load.value));
        enter('');
        const used = process.cpuUsage(cpu);
        const mainCpuEnd = mainThreadCpu();
        const memory = async () => Number((await db.query('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()')).getChild('b')?.get(0)) / 1e6;
        const duckdbMemory = await memory();
        // Columns whose original text is kept beside the typed value (for exact exports): none is the goal here.
        const kept = await db.query(`SELECT count(*)::DOUBLE AS n FROM information_schema.columns WHERE table_name = 'dataset_raw' AND column_name <> 'row_id'`);
        const seconds = load.seconds + profile.seconds;
        return [{
          ...line('load+profile 1M x 20', { rows: load.value.rowCount, cols: load.value.columns.length }, seconds, null),
          budget: '4 s', within_budget: seconds <= 4,
          load_seconds: round(load.seconds), profile_seconds: round(profile.seconds), megabytes: round(bytes.length / 1e6),
          phase_seconds: Object.fromEntries(Object.entries(load.value.phaseSeconds ?? {}).map(([k, v]) => [k, round(v)])),
          phase_cpu_seconds: phaseCpu,
          // The machine is shared: CPU seconds of this process say how much of the wall time was ours.
          cpu_seconds: round((used.user + used.system) / 1e6), load_average: round(loadavg()[0]),
          main_thread_cpu_seconds: mainCpu === null || mainCpuEnd === null ? null : round(mainCpuEnd - mainCpu),
          duckdb_memory_mb: round(duckdbMemory), raw_text_columns: Number(kept.getChild('n')?.get(0)),
          types: load.value.columns.map((c) => c.sqlType).join(' '),
        }];
      } finally {
        await db.close();
      }
    },
  },
  {
    name: 'transcode windows-1252 100MB',
    run: (): BenchLine[] => {
      const bytes = makeWindows1252(100_000_000);
      const detect = (() => {
        const start = performance.now();
        const guess = detectEncoding(bytes);
        return { seconds: (performance.now() - start) / 1000, guess };
      })();
      const start = performance.now();
      const cpu = process.cpuUsage();
      const out = transcodeSingleByte(bytes, 'windows-1252', detect.guess.highByteCounts);
      const used = process.cpuUsage(cpu);
      const seconds = (performance.now() - start) / 1000;
      const mbPerSecond = bytes.length / 1e6 / seconds;
      return [{
        ...line('transcode windows-1252 100MB', { rows: bytes.length, cols: 1 }, seconds, null),
        budget: '>= 100 MB/s', within_budget: mbPerSecond >= 100, mb_per_second: round(mbPerSecond),
        detect_seconds: round(detect.seconds), detected: detect.guess.encoding, output_mb: round(out.length / 1e6),
        cpu_seconds: round((used.user + used.system) / 1e6), mb_per_cpu_second: round(bytes.length / 1e6 / ((used.user + used.system) / 1e6)),
        load_average: round(loadavg()[0]),
      }];
    },
  },
];
