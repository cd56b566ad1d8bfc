// Projection benchmarks: Barnes-Hut t-SNE (5k against sklearn, 20k against 60 s) and UMAP (20k against
// umap-learn with umap-js as an extra figure, 100k against 150 s), on 10-d Gaussian blobs.
import { loadavg } from 'node:os';
import { UMAP } from 'umap-js';
import { line, makeBlobs, round, runReference, timed, type BenchLine, type BenchTask } from '../harness';
import type { Matrix } from '../../src/analysis/matrix';
import { createRandom } from '../../src/analysis/random';
import { fitTSNE } from '../../src/analysis/tsne/fitTSNE';
import { fitUMAP } from '../../src/analysis/umap/fitUMAP';
import { trustworthiness } from '../../src/analysis/trustworthiness';

const DIMENSIONS = 10;
const CENTERS = 10;
/** Trustworthiness is scored on the first rows of data and embedding on both sides (it is O(n^2)). */
const TRUST_ROWS = 5000;

function headRows(M: Matrix, rows: number): Matrix {
  const r = Math.min(rows, M.rows);
  return { data: M.data.subarray(0, r * M.cols), rows: r, cols: M.cols };
}

function trustOfHead(X: Matrix, Y: Matrix): number {
  return round(trustworthiness(headRows(X, TRUST_ROWS), headRows(Y, TRUST_ROWS), { n_neighbors: 10 }).trustworthiness);
}

/** Like timed(), plus this process's CPU seconds: on a shared, loaded machine wall time overstates our cost. */
async function timedWithCpu<T>(fn: () => T): Promise<{ seconds: number; cpu_seconds: number; value: T }> {
  const cpu = process.cpuUsage();
  const { seconds, value } = await timed(fn);
  const used = process.cpuUsage(cpu);
  return { seconds, cpu_seconds: round((used.user + used.system) / 1e6), value };
}

function absoluteBudget(task: string, X: Matrix, seconds: number, limit: number, extra: Record<string, unknown>): BenchLine {
  return { ...line(task, X, seconds, null), budget: `${limit} s`, within_budget: seconds <= limit, ...extra };
}

async function tsneTask(n: number, withReference: boolean): Promise<BenchLine[]> {
  const { X } = makeBlobs(n, DIMENSIONS, CENTERS, 42);
  const { seconds, cpu_seconds, value } = await timedWithCpu(() => fitTSNE(X, {}, { seed: 0 }));
  // The 1-minute load average at the end: on a shared machine it says how far wall time overstates CPU time.
  const extra = {
    cpu_seconds, load_average: round(loadavg()[0]), trustworthiness: trustOfHead(X, value.embedding), kl_divergence: round(value.kl_divergence),
  };
  if (!withReference) return [absoluteBudget(`tsne-bh-${n / 1000}k`, X, seconds, 60, extra)];
  const ref = runReference('tsne_bh', X, { trust_rows: TRUST_ROWS });
  return [line(`tsne-bh-${n / 1000}k`, X, seconds, ref, 1.0, {
    ...extra, reference_trustworthiness: ref?.trustworthiness ?? null, reference_kl_divergence: ref?.kl_divergence ?? null,
    reference_cpu_seconds: typeof ref?.cpu_seconds === 'number' ? round(ref.cpu_seconds) : null,
  })];
}

function umapJsSeconds(X: Matrix): number {
  const rows: number[][] = [];
  for (let i = 0; i < X.rows; i++) rows.push(Array.from(X.data.subarray(i * X.cols, (i + 1) * X.cols)));
  const rng = createRandom(0);
  const start = performance.now();
  new UMAP({ nNeighbors: 15, minDist: 0.1, nComponents: 2, random: () => rng.next() }).fit(rows);
  return (performance.now() - start) / 1000;
}

async function umapTask(n: number): Promise<BenchLine[]> {
  const { X } = makeBlobs(n, DIMENSIONS, CENTERS, 42);
  const { seconds, cpu_seconds, value } = await timedWithCpu(() => fitUMAP(X, {}, { seed: 0 }));
  const extra = { cpu_seconds, trustworthiness: trustOfHead(X, value.embedding), n_epochs: value.n_epochs };
  if (n > 20_000) return [absoluteBudget(`umap-${n / 1000}k`, X, seconds, 150, extra)];
  const ref = runReference('umap_learn', X, { trust_rows: TRUST_ROWS });
  const umapJs = umapJsSeconds(X);
  return [line(`umap-${n / 1000}k`, X, seconds, ref, 1.5, {
    ...extra, reference_trustworthiness: ref?.trustworthiness ?? null,
    umap_js_seconds: round(umapJs), ratio_to_umap_js: round(seconds / umapJs),
  })];
}

export const tasks: BenchTask[] = [
  { name: 'tsne-bh-5k', run: () => tsneTask(5000, true) },
  { name: 'tsne-bh-20k', run: () => tsneTask(20_000, false) },
  { name: 'umap-20k', run: () => umapTask(20_000) },
  { name: 'umap-100k', run: () => umapTask(100_000) },
];
