// Benchmarks of the map's own hit-testing at 1M points (blobs layout): building the point grid, a
// hand-drawn-like lasso of 300 vertices holding about 20 % of the points, a box, and 1000 hovers.
import { line, makeBlobs, round, timed, type BenchTask } from '../harness';
import { normaliseEmbedding } from '../../src/analysis/embeddingBounds';
import { createRandom } from '../../src/analysis/random';
import { buildPointGrid, MAP_GRID_CHUNK, pointGridSteps, type PointGrid } from '../../src/analysis/spatial/pointGrid';
import { pointsInPolygon } from '../../src/analysis/spatial/pointsInPolygon';
import { pointsInBox } from '../../src/analysis/spatial/pointsInBox';
import { nearestPoint } from '../../src/analysis/spatial/nearestPoint';

const LASSO_BUDGET_SECONDS = 0.15;
const HOVER_BUDGET_SECONDS = 0.016;
const N = 1_000_000;
/** Hover reach: 8 px on a map about 800 px wide showing the [-1, 1] frame. */
const HOVER_REACH = (8 / 800) * 2;

function wobblyLoop(vertices: number, seed: number, cx: number, cy: number, radius: number): number[] {
  const rng = createRandom(seed);
  const polygon: number[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const r = radius * (0.8 + 0.15 * Math.sin(3 * angle) + 0.05 * rng.next());
    polygon.push(cx + r * Math.cos(angle) * 1.3, cy + r * Math.sin(angle));
  }
  return polygon;
}

/** The loop radius whose lasso holds about `share` of the points (found by bisection; not timed). */
function lassoForShare(grid: PointGrid, share: number, cx: number, cy: number): number[] {
  let low = 0.01, high = 3;
  for (let step = 0; step < 30; step++) {
    const mid = (low + high) / 2;
    if (pointsInPolygon(grid, wobblyLoop(300, 1, cx, cy, mid)).length / N < share) low = mid; else high = mid;
  }
  return wobblyLoop(300, 1, cx, cy, high);
}

function milliseconds(seconds: number): number {
  return Number((seconds * 1e3).toFixed(4));
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const tasks: BenchTask[] = [
  {
    name: 'map-selection-1m',
    run: async () => {
      const { X } = makeBlobs(N, 2, 12, 11, 1.5);
      const { x, y } = normaliseEmbedding(X.data, N, 0.99);
      const shape = { rows: N, cols: 2 };
      // Warm the JIT on a smaller layout, as the page would have done on earlier runs.
      const warm = buildPointGrid(x.subarray(0, 50_000), y.subarray(0, 50_000));
      pointsInPolygon(warm, wobblyLoop(300, 2, 0, 0, 0.4));
      pointsInBox(warm, { x0: -0.3, y0: -0.3, x1: 0.3, y1: 0.3 });
      for (let i = 0; i < 1000; i++) nearestPoint(warm, x[i], y[i], HOVER_REACH);

      const build = await timed(() => buildPointGrid(x, y));
      const grid = build.value;
      // The page builds in steps of MAP_GRID_CHUNK points between which it yields: the longest step.
      let longestStep = 0;
      const steps = pointGridSteps(x, y, MAP_GRID_CHUNK);
      for (let done = false; !done;) {
        const start = performance.now();
        done = steps.next().done === true;
        longestStep = Math.max(longestStep, performance.now() - start);
      }
      const polygon = lassoForShare(grid, 0.2, 0.1, -0.05);
      const lasso = await timed(() => pointsInPolygon(grid, polygon));
      const box = await timed(() => pointsInBox(grid, { x0: -0.45, y0: -0.4, x1: 0.35, y1: 0.3 }));

      const rng = createRandom(12);
      const hoverSeconds = new Float64Array(1000);
      let hits = 0;
      for (let q = 0; q < hoverSeconds.length; q++) {
        // Half the hovers near a customer, half anywhere in the frame (often over empty space).
        const near = q % 2 === 0;
        const i = rng.int(N);
        const hx = near ? x[i] + (rng.next() - 0.5) * 0.01 : rng.next() * 2 - 1;
        const hy = near ? y[i] + (rng.next() - 0.5) * 0.01 : rng.next() * 2 - 1;
        const start = performance.now();
        if (nearestPoint(grid, hx, hy, HOVER_REACH) >= 0) hits++;
        hoverSeconds[q] = (performance.now() - start) / 1000;
      }
      hoverSeconds.sort();
      const hoverMax = hoverSeconds[hoverSeconds.length - 1];
      return [
        line('map-grid-build-1m', shape, build.seconds, null, undefined, {
          cells: grid.columns * grid.rows, longest_step_ms: round(longestStep), step_points: MAP_GRID_CHUNK,
          step_budget: '50 ms main-thread task', within_budget: longestStep <= 50,
        }),
        line('map-lasso-1m', shape, lasso.seconds, null, undefined, {
          budget: `${LASSO_BUDGET_SECONDS} s`, within_budget: lasso.seconds <= LASSO_BUDGET_SECONDS,
          vertices: polygon.length / 2, selected: lasso.value.length, share: round(lasso.value.length / N),
        }),
        line('map-box-1m', shape, box.seconds, null, undefined, {
          budget: `${LASSO_BUDGET_SECONDS} s`, within_budget: box.seconds <= LASSO_BUDGET_SECONDS,
          selected: box.value.length, share: round(box.value.length / N),
        }),
        // `seconds` is all 1000 queries; the per-query figures are in milliseconds.
        line('map-hover-1m', shape, hoverSeconds.reduce((a, b) => a + b, 0), null, undefined, {
          budget: `${HOVER_BUDGET_SECONDS} s per query`, within_budget: hoverMax <= HOVER_BUDGET_SECONDS,
          queries: hoverSeconds.length, hits, p50_ms: milliseconds(quantile(hoverSeconds, 0.5)),
          p99_ms: milliseconds(quantile(hoverSeconds, 0.99)), max_ms: milliseconds(hoverMax),
        }),
      ];
    },
  },
];
