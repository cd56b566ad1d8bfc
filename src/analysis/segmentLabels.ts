// Label bookkeeping shared by the validation metrics: maps arbitrary segment labels to 0..k-1 and
// leaves noise (-1) out, because a noise "cluster" has no centre or cohesion to measure.

export interface IndexedLabels {
  /** Compact label 0..k-1 per row, or -1 for a noise row. */
  index: Int32Array;
  /** Number of segments (noise excluded). */
  k: number;
  /** Rows per compact label. */
  sizes: Float64Array;
  /** The original label of each compact label, in increasing order. */
  values: Int32Array;
  /** Rows that are not noise. */
  kept: number;
}

export function indexLabels(labels: Int32Array): IndexedLabels {
  const distinct = Array.from(new Set(labels)).filter((v) => v !== -1).sort((a, b) => a - b);
  const lookup = new Map<number, number>();
  distinct.forEach((v, i) => lookup.set(v, i));
  const index = new Int32Array(labels.length);
  const sizes = new Float64Array(distinct.length);
  let kept = 0;
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i] === -1 ? -1 : lookup.get(labels[i]) as number;
    index[i] = c;
    if (c >= 0) { sizes[c]++; kept++; }
  }
  return { index, k: distinct.length, sizes, values: Int32Array.from(distinct), kept };
}

/** Centroid of each compact label (k x d), noise rows skipped. */
export function segmentCentroids(data: Float64Array, d: number, idx: IndexedLabels): Float64Array {
  const centroids = new Float64Array(idx.k * d);
  const n = idx.index.length;
  for (let i = 0; i < n; i++) {
    const c = idx.index[i];
    if (c < 0) continue;
    for (let j = 0; j < d; j++) centroids[c * d + j] += data[i * d + j];
  }
  for (let c = 0; c < idx.k; c++) for (let j = 0; j < d; j++) centroids[c * d + j] /= idx.sizes[c];
  return centroids;
}

export function requireSegments(idx: IndexedLabels, metric: string): void {
  if (idx.k < 2 || idx.k > idx.kept - 1) {
    throw new Error(`${metric} needs between 2 and ${idx.kept - 1} segments (noise excluded), got ${idx.k}`);
  }
}
