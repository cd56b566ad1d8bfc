// Segment stability by bootstrap (Hennig's clusterboot): resample rows with replacement, refit, and
// score each original segment by the Jaccard similarity with its best-matching bootstrap cluster.
//
// As in fpc::clusterboot, the Jaccard is computed over the resampled rows (duplicates count), and a
// segment absent from a resample is skipped for it. Noise (-1) is never a segment: original noise rows
// count only as members of the bootstrap cluster they land in, and bootstrap noise matches nothing.

import type { Matrix } from './matrix';
import { createRandom } from './random';
import { checkStop, throttledProgress, type FitContext } from './fitContext';
import { indexLabels } from './segmentLabels';
import { takeRows } from './sampleRows';

export type StabilityVerdict = 'stable' | 'doubtful' | 'unstable';

/** Hennig's reading of the mean Jaccard: at least 0.75 stable, below 0.6 unstable, doubtful between. */
export const STABLE_JACCARD = 0.75;
export const UNSTABLE_JACCARD = 0.6;
/** A resample in which a segment's best Jaccard is at most this "dissolves" it (Hennig). */
const DISSOLVED_JACCARD = 0.5;

export interface BootstrapStabilityOptions {
  n_boot?: number;
  seed?: number;
}

export interface SegmentStability {
  /** The segment's label in the input. */
  label: number;
  size: number;
  /** Mean over the resamples that contained the segment of its best Jaccard similarity. */
  meanJaccard: number;
  /** Best Jaccard per resample (NaN when the segment was absent from it). */
  jaccards: Float64Array;
  /** Resamples with Jaccard >= 0.75, and with Jaccard <= 0.5. */
  recovered: number;
  dissolved: number;
  verdict: StabilityVerdict;
}

export interface BootstrapStabilityResult {
  segments: SegmentStability[];
  /** Unweighted mean of the segments' mean Jaccard. */
  meanJaccard: number;
  n_boot: number;
  seed: number;
}

/** Refits the clustering on a resample; labels are one per resampled row, -1 for noise. */
export type Refit = (Xb: Matrix, seed: number) => Int32Array;

export function stabilityVerdict(meanJaccard: number): StabilityVerdict {
  if (meanJaccard >= STABLE_JACCARD) return 'stable';
  return meanJaccard >= UNSTABLE_JACCARD ? 'doubtful' : 'unstable';
}

export function bootstrapStability(X: Matrix, labels: Int32Array, refit: Refit, options: BootstrapStabilityOptions = {},
  ctx?: FitContext): BootstrapStabilityResult {
  const n = X.rows;
  if (labels.length !== n) throw new Error(`Expected ${n} labels, got ${labels.length}`);
  const nBoot = options.n_boot ?? 20;
  const seed = options.seed ?? ctx?.seed ?? 0;
  const original = indexLabels(labels);
  const k = original.k;
  if (k < 1) throw new Error('Bootstrap stability needs at least one segment that is not noise');
  const rng = createRandom(seed);
  const progress = ctx ? throttledProgress(ctx) : null;
  const jaccards = Array.from({ length: k }, () => new Float64Array(nBoot).fill(Number.NaN));
  const drawn = new Int32Array(n);
  for (let b = 0; b < nBoot; b++) {
    if (ctx) checkStop(ctx);
    for (let p = 0; p < n; p++) drawn[p] = rng.int(n);
    const refitSeed = rng.int(2147483647);
    const bootLabels = refit(takeRows(X, drawn), refitSeed);
    if (bootLabels.length !== n) throw new Error(`The refit returned ${bootLabels.length} labels for ${n} rows`);
    const boot = indexLabels(bootLabels);
    const m = boot.k;
    const inOriginal = new Float64Array(k);
    const inBoth = new Float64Array(k * Math.max(m, 1));
    for (let p = 0; p < n; p++) {
      const o = original.index[drawn[p]];
      if (o < 0) continue;
      inOriginal[o]++;
      const c = boot.index[p];
      if (c >= 0) inBoth[o * m + c]++;
    }
    for (let o = 0; o < k; o++) {
      if (inOriginal[o] === 0) continue;
      let best = 0;
      for (let c = 0; c < m; c++) {
        const inter = inBoth[o * m + c];
        const jac = inter / (inOriginal[o] + boot.sizes[c] - inter);
        if (jac > best) best = jac;
      }
      jaccards[o][b] = best;
    }
    progress?.((b + 1) / nBoot, 'bootstrap');
  }
  const segments = jaccards.map((values, o): SegmentStability => {
    let sum = 0, count = 0, recovered = 0, dissolved = 0;
    for (const v of values) {
      if (Number.isNaN(v)) continue;
      sum += v; count++;
      if (v >= STABLE_JACCARD) recovered++;
      if (v <= DISSOLVED_JACCARD) dissolved++;
    }
    const meanJaccard = count > 0 ? sum / count : Number.NaN;
    return {
      label: original.values[o], size: original.sizes[o], meanJaccard, jaccards: values, recovered, dissolved,
      verdict: count > 0 ? stabilityVerdict(meanJaccard) : 'unstable',
    };
  });
  const meanJaccard = segments.reduce((s, seg) => s + (Number.isNaN(seg.meanJaccard) ? 0 : seg.meanJaccard), 0) / k;
  return { segments, meanJaccard, n_boot: nBoot, seed };
}
