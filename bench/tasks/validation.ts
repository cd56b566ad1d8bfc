// Benchmarks of the validation job the app runs after every run: metrics (silhouette and Dunn on a
// seeded 20k sample above 20k rows) plus bootstrap stability with B = 20 k-means refits.
import { line, makeBlobs, timed, type BenchTask } from '../harness';
import { validateSegments } from '../../src/workers/validateSegments';
import { fitSegments } from '../../src/workers/fitSegments';
import { defaultAlgorithmSettings, type AlgorithmChoice } from '../../src/workers/algorithmChoice';

const kmeans: AlgorithmChoice = { algorithm: 'kmeans', params: { ...defaultAlgorithmSettings.kmeans, n_clusters: 6 } };

export const tasks: BenchTask[] = [
  {
    name: 'validate-kmeans-100k-B20',
    run: async () => {
      const { X } = makeBlobs(100_000, 8, 6, 11, 2);
      const labels = fitSegments(X, kmeans, { seed: 0 }).labels;
      const ours = await timed(() => validateSegments(X, { labels, choice: kmeans, seed: 0, n_boot: 20 }, { seed: 0 }));
      return [line('validate-kmeans-100k-B20', X, ours.seconds, null, undefined, {
        sampled: ours.value.sampled, mean_jaccard: ours.value.stability?.meanJaccard ?? null,
      })];
    },
  },
  {
    name: 'validate-metrics-1m',
    run: async () => {
      const { X } = makeBlobs(1_000_000, 8, 6, 12, 2);
      const labels = fitSegments(X, { ...kmeans, params: { ...kmeans.params, n_init: 1 } } as AlgorithmChoice, { seed: 0 }).labels;
      const ours = await timed(() => validateSegments(X, { labels, choice: kmeans, seed: 0, n_boot: 0 }, { seed: 0 }));
      return [line('validate-metrics-1m', X, ours.seconds, null, undefined, { sampled: ours.value.sampled, silhouette: ours.value.silhouette })];
    },
  },
];
