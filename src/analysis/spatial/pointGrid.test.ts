// Tests the point grid's lasso, box and nearest-point queries against brute force over every point,
// on seeded random layouts (uniform and clustered), with degenerate and self-intersecting lassos.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { buildPointGrid, pointGridSteps } from './pointGrid';
import { pointsInBox } from './pointsInBox';
import { isInsidePolygon, pointsInPolygon, type FillRule } from './pointsInPolygon';
import { nearestPoint } from './nearestPoint';

function layout(n: number, seed: number, clustered: boolean): { x: Float32Array; y: Float32Array } {
  const rng = createRandom(seed);
  const x = new Float32Array(n), y = new Float32Array(n);
  const centres = Array.from({ length: 6 }, () => [rng.next() * 2 - 1, rng.next() * 2 - 1]);
  for (let i = 0; i < n; i++) {
    if (clustered) {
      const [cx, cy] = centres[i % centres.length];
      x[i] = cx + 0.08 * rng.normal();
      y[i] = cy + 0.08 * rng.normal();
    } else {
      x[i] = rng.next() * 2 - 1;
      y[i] = rng.next() * 2 - 1;
    }
  }
  return { x, y };
}

/** A wobbly closed loop around (cx, cy), like a hand-drawn lasso. */
function lasso(vertices: number, seed: number, cx = 0, cy = 0, radius = 0.6): number[] {
  const rng = createRandom(seed);
  const polygon: number[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const r = radius * (0.7 + 0.3 * Math.sin(5 * angle) + 0.1 * rng.next());
    polygon.push(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  }
  return polygon;
}

function bruteInPolygon(x: Float32Array, y: Float32Array, polygon: number[], rule: FillRule): number[] {
  const rows: number[] = [];
  if (polygon.length < 6) return rows;
  for (let i = 0; i < x.length; i++) if (isInsidePolygon(polygon, x[i], y[i], rule)) rows.push(i);
  return rows;
}

function bruteNearest(x: Float32Array, y: Float32Array, px: number, py: number, max: number): number {
  let best = -1, bestSq = max * max;
  for (let i = 0; i < x.length; i++) {
    const sq = (x[i] - px) ** 2 + (y[i] - py) ** 2;
    if (sq < bestSq || (best < 0 && sq <= bestSq)) { best = i; bestSq = sq; }
  }
  return best;
}

describe('pointsInPolygon', () => {
  const uniform = layout(20_000, 1, false);
  const clustered = layout(20_000, 2, true);

  it('agrees with the point-by-point test on wobbly lassos, both layouts and both fill rules', () => {
    for (const [name, points] of [['uniform', uniform], ['clustered', clustered]] as const) {
      const grid = buildPointGrid(points.x, points.y);
      for (let seed = 0; seed < 6; seed++) {
        const polygon = lasso(50 + seed * 60, seed, (seed % 3) * 0.3 - 0.3, 0.2 - (seed % 2) * 0.4, 0.3 + 0.1 * seed);
        for (const rule of ['nonzero', 'evenodd'] as const) {
          const expected = bruteInPolygon(points.x, points.y, polygon, rule);
          expect(expected.length, `${name} ${seed}`).toBeGreaterThan(0);
          expect(Array.from(pointsInPolygon(grid, polygon, rule)), `${name} seed ${seed} ${rule}`).toEqual(expected);
        }
      }
    }
  });

  it('tells the fill rules apart on a loop drawn twice around, and a figure eight', () => {
    const grid = buildPointGrid(uniform.x, uniform.y);
    const twice = [...lasso(80, 3, 0, 0, 0.5), ...lasso(80, 4, 0.05, 0, 0.3)];
    const nonzero = pointsInPolygon(grid, twice, 'nonzero');
    const evenodd = pointsInPolygon(grid, twice, 'evenodd');
    expect(Array.from(nonzero)).toEqual(bruteInPolygon(uniform.x, uniform.y, twice, 'nonzero'));
    expect(Array.from(evenodd)).toEqual(bruteInPolygon(uniform.x, uniform.y, twice, 'evenodd'));
    expect(evenodd.length).toBeLessThan(nonzero.length);
    const eight = [-0.8, -0.5, 0.8, 0.5, 0.8, -0.5, -0.8, 0.5];
    const selected = pointsInPolygon(grid, eight, 'evenodd');
    expect(selected.length).toBeGreaterThan(0);
    expect(Array.from(selected)).toEqual(bruteInPolygon(uniform.x, uniform.y, eight, 'evenodd'));
    expect(Array.from(pointsInPolygon(grid, eight, 'nonzero'))).toEqual(Array.from(selected));
  });

  it('a rectangle drawn as a lasso selects what the box query selects', () => {
    const grid = buildPointGrid(clustered.x, clustered.y);
    const fromLasso = pointsInPolygon(grid, [-0.4, -0.3, 0.5, -0.3, 0.5, 0.45, -0.4, 0.45]);
    const fromBox = pointsInBox(grid, { x0: -0.4, y0: -0.3, x1: 0.5, y1: 0.45 });
    expect(fromBox.length).toBeGreaterThan(100);
    // The box includes its edges and the lasso's ray rule only some of them; the seeded points avoid them.
    expect(Array.from(fromLasso)).toEqual(Array.from(fromBox));
  });

  it('selects nothing for degenerate lassos: too few vertices, no area, outside the points', () => {
    const grid = buildPointGrid(uniform.x, uniform.y);
    expect(pointsInPolygon(grid, [0, 0, 0.5, 0.5]).length).toBe(0);
    expect(pointsInPolygon(grid, [-1, 0, 1, 0, 0, 0]).length).toBe(0);
    expect(pointsInPolygon(grid, [-0.5, -0.5, 0.5, 0.5, 0, 0]).length).toBe(0);
    expect(pointsInPolygon(grid, [5, 5, 6, 5, 6, 6, 5, 6]).length).toBe(0);
    expect(pointsInPolygon(grid, [0, 0, 1, 0, Number.NaN, 1]).length).toBe(0);
  });

  it('leaves hidden points out and copes with points that have no coordinates', () => {
    const x = Float32Array.from(uniform.x), y = Float32Array.from(uniform.y);
    x[7] = Number.NaN;
    y[11] = Number.POSITIVE_INFINITY;
    const grid = buildPointGrid(x, y);
    const visible = new Uint8Array(x.length).map((_, i) => (i % 3 === 0 ? 0 : 1));
    const polygon = lasso(120, 9, 0, 0, 0.9);
    const expected = bruteInPolygon(x, y, polygon, 'nonzero').filter((i) => visible[i] === 1);
    expect(Array.from(pointsInPolygon(grid, polygon, 'nonzero', visible))).toEqual(expected);
    expect(Array.from(pointsInPolygon(grid, [-2, -2, 2, -2, 2, 2, -2, 2]))).not.toContain(7);
  });
});

describe('pointsInBox', () => {
  it('agrees with brute force for random boxes, including empty and inverted ones', () => {
    const { x, y } = layout(30_000, 5, true);
    const grid = buildPointGrid(x, y);
    const rng = createRandom(6);
    for (let t = 0; t < 40; t++) {
      const box = { x0: rng.next() * 2.4 - 1.2, y0: rng.next() * 2.4 - 1.2, x1: rng.next() * 2.4 - 1.2, y1: rng.next() * 2.4 - 1.2 };
      const expected: number[] = [];
      for (let i = 0; i < x.length; i++) {
        if (x[i] >= Math.min(box.x0, box.x1) && x[i] <= Math.max(box.x0, box.x1) && y[i] >= Math.min(box.y0, box.y1) && y[i] <= Math.max(box.y0, box.y1)) expected.push(i);
      }
      expect(Array.from(pointsInBox(grid, box))).toEqual(expected);
    }
    expect(pointsInBox(grid, { x0: 3, y0: 3, x1: 4, y1: 4 }).length).toBe(0);
    expect(pointsInBox(grid, { x0: 0, y0: Number.NaN, x1: 1, y1: 1 }).length).toBe(0);
  });

  it('selects points sitting exactly on the box edges, and on a layout where every point is the same', () => {
    const grid = buildPointGrid(Float32Array.from([0, 0.5, 1]), Float32Array.from([0, 0.5, 1]));
    expect(Array.from(pointsInBox(grid, { x0: 0, y0: 0, x1: 0.5, y1: 0.5 }))).toEqual([0, 1]);
    const same = buildPointGrid(new Float32Array(10).fill(0.25), new Float32Array(10).fill(0.25));
    expect(pointsInBox(same, { x0: 0, y0: 0, x1: 1, y1: 1 }).length).toBe(10);
    expect(nearestPoint(same, 0.3, 0.3, 1)).toBe(0);
  });
});

describe('nearestPoint', () => {
  it('finds the same point as brute force, within the distance or not at all', () => {
    for (const [seed, clustered] of [[7, false], [8, true]] as const) {
      const { x, y } = layout(20_000, seed, clustered);
      const grid = buildPointGrid(x, y);
      const rng = createRandom(seed + 100);
      let hits = 0, misses = 0;
      for (let t = 0; t < 500; t++) {
        const px = rng.next() * 2.6 - 1.3, py = rng.next() * 2.6 - 1.3;
        const max = t % 5 === 0 ? Number.POSITIVE_INFINITY : 0.002 + rng.next() * 0.05;
        const expected = bruteNearest(x, y, px, py, max);
        expect(nearestPoint(grid, px, py, max)).toBe(expected);
        if (expected >= 0) hits++; else misses++;
      }
      expect(hits).toBeGreaterThan(50);
      expect(misses).toBeGreaterThan(50);
    }
  });

  it('skips hidden points and answers -1 on an empty layout', () => {
    const grid = buildPointGrid(Float32Array.from([0, 0.1, 1]), Float32Array.from([0, 0, 0]));
    expect(nearestPoint(grid, 0.01, 0, 1)).toBe(0);
    expect(nearestPoint(grid, 0.01, 0, 1, Uint8Array.from([0, 1, 1]))).toBe(1);
    expect(nearestPoint(buildPointGrid(new Float32Array(0), new Float32Array(0)), 0, 0, 1)).toBe(-1);
  });
});

describe('pointGridSteps', () => {
  it('pauses between chunks and builds the same grid as the one-go build', () => {
    const { x, y } = layout(10_000, 12, true);
    const steps = pointGridSteps(x, y, 1000);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) { pauses++; step = steps.next(); }
    expect(pauses).toBe(29);
    const whole = buildPointGrid(x, y);
    expect(Array.from(step.value.order)).toEqual(Array.from(whole.order));
    expect(Array.from(step.value.cellStart)).toEqual(Array.from(whole.cellStart));
  });
});
