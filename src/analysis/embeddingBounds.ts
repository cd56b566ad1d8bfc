// Fits 2-D coordinates into WebGL's [-1, 1] square, keeping their aspect ratio and centring them.
// The frame is set by the bulk of the points (robust quantiles), so one outlier cannot shrink the map.
import { orderStatistics } from './orderStatistics';

export interface NormalisedEmbedding {
  x: Float32Array;
  y: Float32Array;
  /** Points outside the initial frame (zoom out to see them). */
  outside: number;
}

/**
 * Maps the central `coverage` share of points on each axis (plus a margin) onto [-0.95, 0.95];
 * with coverage 1 every point fits.
 */
export function normaliseEmbedding(embedding: Float64Array, rows: number, coverage = 1): NormalisedEmbedding {
  const [minX, maxX] = centralRange(embedding, rows, 0, coverage);
  const [minY, maxY] = centralRange(embedding, rows, 1, coverage);
  const margin = coverage < 1 ? 1.1 : 1;
  const half = (Math.max(maxX - minX, maxY - minY, 1e-12) / 2 / 0.95) * margin;
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  const x = new Float32Array(rows), y = new Float32Array(rows);
  let outside = 0;
  for (let i = 0; i < rows; i++) {
    x[i] = (embedding[2 * i] - cx) / half;
    y[i] = (embedding[2 * i + 1] - cy) / half;
    if (Math.abs(x[i]) > 1 || Math.abs(y[i]) > 1) outside++;
  }
  return { x, y, outside };
}

/**
 * The axis' values at numpy's quantile (1 - coverage) / 2 with method 'lower' and 1 - (1 - coverage) / 2
 * with method 'higher', over its finite values; found by selection, not by sorting the column.
 */
export function centralRange(embedding: Float64Array, rows: number, axis: number, coverage: number): [number, number] {
  const values = new Float64Array(rows);
  let finite = 0;
  for (let i = 0; i < rows; i++) {
    const v = embedding[2 * i + axis];
    if (Number.isFinite(v)) values[finite++] = v;
  }
  if (finite === 0) return [0, 0];
  const tail = ((1 - coverage) / 2) * (finite - 1);
  const [low, high] = orderStatistics(values.subarray(0, finite), [Math.floor(tail), Math.ceil(finite - 1 - tail)]);
  return [low, high];
}
