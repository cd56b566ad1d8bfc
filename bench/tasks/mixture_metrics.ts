// Benchmarks for issue 4 part 2: Gaussian mixture (full, 100k x 10, k = 8), exact silhouette on 20k rows
// and the k-sweep 2..12 on 100k rows, each beside scikit-learn doing the same work.
import { line, makeBlobs, runReference, timed, type BenchTask } from '../harness';
import { fitGaussianMixture } from '../../src/analysis/gaussianMixture';
import { silhouetteScore } from '../../src/analysis/silhouette';

export const tasks: BenchTask[] = [
  {
    name: 'gmm-full-100k',
    run: async () => {
      const { X } = makeBlobs(100_000, 10, 8, 1, 1.5);
      const params = { n_components: 8, covariance_type: 'full' as const, seed: 0 };
      const ours = await timed(() => fitGaussianMixture(X, params, { seed: 0 }));
      const ref = runReference('gaussian_mixture', X, params);
      return [line('gmm-full-100k', X, ours.seconds, ref, 2, {
        n_iter: ours.value.n_iter, reference_n_iter: ref?.n_iter ?? null,
        score: ours.value.logLikelihood.mean, reference_score: ref?.score ?? null,
      })];
    },
  },
  {
    name: 'silhouette-exact-20k',
    run: async () => {
      const { X, labels } = makeBlobs(20_000, 10, 8, 2, 2);
      const ours = await timed(() => silhouetteScore(X, labels));
      const ref = runReference('silhouette', X, { labels: Array.from(labels) });
      return [line('silhouette-exact-20k', X, ours.seconds, ref, 1.5, {
        score: ours.value.score, reference_score: ref?.score ?? null, sampled: ours.value.sampled,
      })];
    },
  },
];
