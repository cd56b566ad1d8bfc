// The validation job: internal metrics of a run (silhouette, Calinski-Harabasz, Davies-Bouldin, Dunn)
// and bootstrap stability by refitting the same algorithm on resamples.
import type { FitContext } from '../analysis/fitContext';
import type { Matrix } from '../analysis/matrix';
import { silhouetteScore, SILHOUETTE_EXACT_LIMIT } from '../analysis/silhouette';
import { calinskiHarabasz } from '../analysis/calinskiHarabasz';
import { daviesBouldin } from '../analysis/daviesBouldin';
import { dunnIndex } from '../analysis/dunnIndex';
import { bootstrapStability } from '../analysis/bootstrapStability';
import { sampleIndices, takeLabels, takeRows } from '../analysis/sampleRows';
import { fitSegments, countLabels } from './fitSegments';
import type { AlgorithmChoice } from './algorithmChoice';
import type { ValidationJobResult } from './segmentJob';

export interface ValidateOptions {
  labels: Int32Array;
  choice: AlgorithmChoice;
  seed: number;
  n_boot: number;
}

/** Fractions of the job's progress: metrics first, then the bootstrap refits. */
const METRICS_SHARE = 0.3;

export function validateSegments(X: Matrix, options: ValidateOptions, ctx: FitContext): Omit<ValidationJobResult, 'seconds'> {
  const { labels, choice, seed } = options;
  const assigned = labels.reduce((n, l) => n + (l >= 0 ? 1 : 0), 0);
  const segments = countLabels(labels);
  const empty = { silhouette: null, sampled: null, calinskiHarabasz: null, daviesBouldin: null, dunn: null, stability: null };
  if (segments < 2 || assigned <= segments) {
    return { ...empty, problem: `The metrics need at least two segments with more customers than segments; this run has ${segments} segment${segments === 1 ? '' : 's'}.` };
  }
  const report = (fraction: number, phase: string) => ctx.onProgress?.(fraction, phase);
  report(0, 'silhouette');
  const silhouette = silhouetteScore(X, labels, { seed });
  report(METRICS_SHARE * 0.6, 'Calinski-Harabasz, Davies-Bouldin');
  const ch = calinskiHarabasz(X, labels);
  const db = daviesBouldin(X, labels);
  report(METRICS_SHARE * 0.7, 'Dunn index');
  // Dunn needs every pairwise distance: above the silhouette's limit it runs on the same seeded sample.
  let dunn: number;
  if (assigned > SILHOUETTE_EXACT_LIMIT) {
    const candidates = Int32Array.from(labels.keys()).filter((i) => labels[i] >= 0);
    const chosen = sampleIndices(labels.length, SILHOUETTE_EXACT_LIMIT, seed, candidates);
    dunn = dunnIndex(takeRows(X, chosen), takeLabels(labels, chosen));
  } else {
    dunn = dunnIndex(X, labels);
  }
  let stability: ValidationJobResult['stability'] = null;
  if (options.n_boot > 0) {
    const bootCtx: FitContext = {
      seed,
      onProgress: (fraction, phase) => report(METRICS_SHARE + (1 - METRICS_SHARE) * fraction, `stability: ${phase}`),
    };
    const refit = (Xb: Matrix, refitSeed: number) => fitSegments(Xb, choice, { seed: refitSeed }).labels;
    const boot = bootstrapStability(X, labels, refit, { n_boot: options.n_boot, seed }, bootCtx);
    stability = {
      segments: boot.segments.map((s) => ({ label: s.label, size: s.size, meanJaccard: s.meanJaccard, verdict: s.verdict })),
      meanJaccard: boot.meanJaccard, n_boot: boot.n_boot, seed: boot.seed,
    };
  }
  report(1, 'done');
  return {
    silhouette: silhouette.score, sampled: silhouette.sampled, calinskiHarabasz: ch, daviesBouldin: db,
    dunn: Number.isFinite(dunn) ? dunn : null, stability, problem: null,
  };
}
