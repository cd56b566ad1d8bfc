// Benchmarks of the main-thread work the map's WebGL renderer does per change at 1M points: the selection
// mask of a 475k-point selection (then one bufferSubData) and the colour categories as bytes.
import { line, round, timed, type BenchTask } from '../harness';
import { createRandom } from '../../src/analysis/random';
import { categoryBytes, selectionMask } from '../../src/components/explore/gl/pointMasks';

const N = 1_000_000;
const SELECTED = 475_000;
/** One frame at 60 Hz: a selection should cost the page no more than that. */
const FRAME_BUDGET_SECONDS = 0.016;

async function median(fn: () => unknown, runs = 7): Promise<number> {
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) seconds.push((await timed(fn)).seconds);
  return seconds.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export const tasks: BenchTask[] = [
  {
    name: 'map-render-1m',
    run: async () => {
      const rng = createRandom(5);
      // A box's rows come cell by cell, not in row order: a shuffled half of the rows.
      const rows = new Int32Array(N);
      for (let i = 0; i < N; i++) rows[i] = i;
      for (let i = N - 1; i > 0; i--) { const j = rng.int(i + 1); [rows[i], rows[j]] = [rows[j], rows[i]]; }
      const selected = rows.subarray(0, SELECTED);
      const categories = new Float32Array(N);
      for (let i = 0; i < N; i++) categories[i] = i % 65;
      const reused = new Uint8Array(N);
      const mask = await median(() => selectionMask(selected, N, reused));
      const bytes = await median(() => categoryBytes(categories));
      const shape = { rows: N, cols: 1 };
      return [
        line('map-selection-mask-1m', shape, mask, null, undefined, {
          selected: SELECTED, budget: `${FRAME_BUDGET_SECONDS} s`, within_budget: mask <= FRAME_BUDGET_SECONDS, runs: 7, statistic: 'median',
        }),
        line('map-category-bytes-1m', shape, bytes, null, undefined, {
          budget: `${FRAME_BUDGET_SECONDS} s`, within_budget: bytes <= FRAME_BUDGET_SECONDS, runs: 7, statistic: 'median', ms: round(bytes * 1000),
        }),
      ];
    },
  },
];
