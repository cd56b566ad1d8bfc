// Per-row silhouettes arranged for a silhouette plot (Orange's widget): grouped by segment, sorted
// descending within each, with each segment's mean, the overall mean, and pixel-row means for drawing.

export interface SilhouetteGroup {
  /** 0-based segment label. */
  segment: number;
  /** Silhouettes of the segment's scored rows, largest first. */
  values: Float64Array;
  mean: number;
}

export interface SilhouetteGroups {
  groups: SilhouetteGroup[];
  /** Mean over every scored row (not the mean of the segment means). */
  overallMean: number;
  /** Rows that carry a silhouette. */
  scored: number;
  /** Rows left out: noise (label -1) or no silhouette (NaN). */
  unscored: number;
}

export function groupSilhouettes(samples: Float64Array, labels: Int32Array): SilhouetteGroups {
  if (samples.length !== labels.length) throw new Error(`Expected ${labels.length} silhouettes, got ${samples.length}`);
  const bySegment = new Map<number, number[]>();
  let sum = 0, scored = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (labels[i] < 0 || Number.isNaN(s)) continue;
    let list = bySegment.get(labels[i]);
    if (!list) { list = []; bySegment.set(labels[i], list); }
    list.push(s);
    sum += s;
    scored++;
  }
  const groups = [...bySegment.keys()].sort((a, b) => a - b).map((segment) => {
    const values = Float64Array.from(bySegment.get(segment) as number[]).sort().reverse();
    let total = 0;
    for (let i = 0; i < values.length; i++) total += values[i];
    return { segment, values, mean: total / values.length };
  });
  return { groups, overallMean: scored > 0 ? sum / scored : Number.NaN, scored, unscored: samples.length - scored };
}

/**
 * Sorted values squeezed into at most `pixelRows` bars: each bar is the mean of the values that fall
 * on that pixel row, so 20,000 rows draw as a few hundred bars with the same outline.
 */
export function pixelRowMeans(values: Float64Array, pixelRows: number): Float64Array {
  const bars = Math.max(1, Math.floor(pixelRows));
  if (values.length <= bars) return values.slice();
  const out = new Float64Array(bars);
  for (let p = 0; p < bars; p++) {
    const start = Math.floor((p * values.length) / bars);
    const end = Math.floor(((p + 1) * values.length) / bars);
    let total = 0;
    for (let i = start; i < end; i++) total += values[i];
    out[p] = total / (end - start);
  }
  return out;
}
