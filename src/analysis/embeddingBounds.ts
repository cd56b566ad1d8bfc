// Fits 2-D coordinates into WebGL's [-1, 1] square, keeping their aspect ratio and centring them.
// Returns float32 x and y arrays, the form the scatter renderer draws.

export function normaliseEmbedding(embedding: Float64Array, rows: number): { x: Float32Array; y: Float32Array } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < rows; i++) {
    const a = embedding[2 * i], b = embedding[2 * i + 1];
    if (a < minX) minX = a; if (a > maxX) maxX = a;
    if (b < minY) minY = b; if (b > maxY) maxY = b;
  }
  const half = Math.max(maxX - minX, maxY - minY, 1e-12) / 2 / 0.95;
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  const x = new Float32Array(rows), y = new Float32Array(rows);
  for (let i = 0; i < rows; i++) {
    x[i] = (embedding[2 * i] - cx) / half;
    y[i] = (embedding[2 * i + 1] - cy) / half;
  }
  return { x, y };
}
