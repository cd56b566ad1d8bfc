// Benchmarks for issue 4 part 2: Gaussian mixture (full, 100k x 10, k = 8), exact silhouette on 20k rows
// and the k-sweep 2..12 on 100k rows, each beside scikit-learn doing the same work.
import { line, makeBlobs, runReference, timed, type BenchTask } from '../harness';
import { fitGaussianMixture } from '../../src/analysis/gaussianMixture';
import { silhouetteScore } from '../../src/analysis/silhouette';
import { sweepK } from '../../src/analysis/sweepK';

const SWEEP_BUDGET_SECONDS = 10;

export const tasks: BenchTask[] = [
  {
    name: 'gmm-full-100k',
    run: async () => {
      const { X } = makeBlobs(100_000, 10, 8, 1, 4);
      // Warm the JIT on a small separate data set first, as the k-means bench does: the timed fit then
      // measures the algorithm, not V8 compiling it (scikit-learn's side is compiled ahead of time).
      fitGaussianMixture(makeBlobs(2_000, 10, 8, 99, 4).X, { n_components: 8, covariance_type: 'full', max_iter: 5 }, { seed: 1 });
      // Default settings (converges in a few iterations), then 20 forced iterations to weigh EM itself.
      const settings = [
        { task: 'gmm-full-100k', n_components: 8, covariance_type: 'full' as const, max_iter: 100, tol: 1e-3, seed: 0 },
        { task: 'gmm-full-100k-20iter', n_components: 8, covariance_type: 'full' as const, max_iter: 20, tol: 0, seed: 0 },
      ];
      return settings.map(({ task, ...params }) => {
        const start = performance.now();
        const model = fitGaussianMixture(X, params, { seed: 0 });
        const seconds = (performance.now() - start) / 1000;
        const ref = runReference('gaussian_mixture', X, params);
        return line(task, X, seconds, ref, 2, {
          n_iter: model.n_iter, reference_n_iter: ref?.n_iter ?? null,
          score: model.logLikelihood.mean, reference_score: ref?.score ?? null,
        });
      });
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
  {
    name: 'k-sweep-100k',
    run: async () => {
      const { X } = makeBlobs(100_000, 10, 6, 3, 2);
      const params = { k_min: 2, k_max: 12, n_init: 1, silhouette_sample: 4000, gap_sample: 2000, n_refs: 10 };
      const ours = await timed(() => sweepK(X, params, { seed: 0 }));
      const ref = runReference('k_sweep', X, { ...params, seed: 0 });
      return [line('k-sweep-100k', X, ours.seconds, ref, undefined, {
        budget: `${SWEEP_BUDGET_SECONDS} s`, within_budget: ours.seconds <= SWEEP_BUDGET_SECONDS,
        recommended_k: ours.value.recommendedK, reason: ours.value.reason, gap_k: ours.value.gapK,
        reference_gap_k: ref?.gap_k ?? null, reference_best_silhouette_k: ref?.best_silhouette_k ?? null,
      })];
    },
  },
];
