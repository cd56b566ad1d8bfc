// Benchmark of framing a 1M-point projection for the map (normaliseEmbedding: 0.5 % and 99.5 % quantiles
// per axis by selection, then one scaling pass), beside the full sort of each axis it replaced.
import { line, makeBlobs, round, timed, type BenchTask } from '../harness';
import { normaliseEmbedding } from '../../src/analysis/embeddingBounds';

const N = 1_000_000;
const BUDGET_SECONDS = 0.05;

/** The frame's two quantiles of one axis by sorting a copy, as the map did before (the reference). */
function sortedRange(embedding: Float64Array, rows: number, axis: number, coverage: number): [number, number] {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = embedding[2 * i + axis];
  values.sort();
  const tail = ((1 - coverage) / 2) * (rows - 1);
  return [values[Math.floor(tail)], values[Math.ceil(rows - 1 - tail)]];
}

async function cpuTimed<T>(fn: () => T): Promise<{ seconds: number; cpuSeconds: number; value: T }> {
  const cpu = process.cpuUsage();
  const { seconds, value } = await timed(fn);
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, value };
}

export const tasks: BenchTask[] = [
  {
    name: 'map-layout-1m',
    run: async () => {
      const { X } = makeBlobs(N, 2, 12, 5, 1.5);
      normaliseEmbedding(X.data.subarray(0, 100_000), 50_000, 0.99);
      const framed = await cpuTimed(() => normaliseEmbedding(X.data, N, 0.99));
      const sorted = await cpuTimed(() => [sortedRange(X.data, N, 0, 0.99), sortedRange(X.data, N, 1, 0.99)]);
      return [line('map-layout-1m', { rows: N, cols: 2 }, framed.seconds, { name: 'two Float64Array sorts (previous framing, ranges only)', seconds: sorted.seconds }, undefined, {
        cpu_seconds: round(framed.cpuSeconds), reference_cpu_seconds: round(sorted.cpuSeconds),
        budget: `${BUDGET_SECONDS} s (runs in the map-layout worker, not on the page)`, within_budget: framed.seconds <= BUDGET_SECONDS,
      })];
    },
  },
];
