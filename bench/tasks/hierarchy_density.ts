// Benchmarks for hierarchical and density clustering: DBSCAN 20k x 10 and Ward 10k x 10 against
// scikit-learn / scipy on the same data, and exact Ward on 50k rows against a 60 s budget.
import { line, makeBlobs, round, runReference, timed, type BenchTask } from '../harness';
import { adjustedRandIndex } from '../../src/analysis/adjustedRandIndex';
import { cutTreeByCount } from '../../src/analysis/cutTree';
import { fitAgglomerative } from '../../src/analysis/agglomerative';
import { fitDBSCAN } from '../../src/analysis/dbscan';
import { fitHDBSCAN } from '../../src/analysis/hdbscan';
import { kDistances, suggestEps } from '../../src/analysis/kDistances';
import { defaultContext } from '../../src/analysis/fitContext';

const megabyte = 1024 * 1024;

/** Bytes of typed arrays the Ward fit allocates besides the data (linkageWard.ts, wardCentroidTree.ts, linkageMatrix.ts). */
function wardWorkingBytes(n: number, d: number): number {
  const centroids = 2 * n * d * 8; // by id, and the tree's copy in leaf order
  const weights = 3 * n * 8; // weights, inverse weights, the tree's copy
  const bookkeeping = 4 * n * 4 + n; // chain, tree slot/leaf maps, alive flags
  const nodes = (4 * Math.ceil(n / 32) + 1) * (2 * d * 8 + 8 + 6 * 4);
  const merges = (n - 1) * (4 + 4 + 8);
  const linkageMatrix = (n - 1) * 4 * 8 + (n - 1) * 8; // scipy matrix and heights
  const labelling = (2 * n - 1) * (4 + 4 + 8) + (n - 1) * 8; // union-find, sizes, sort order
  return centroids + weights + bookkeeping + nodes + merges + linkageMatrix + labelling;
}

export const tasks: BenchTask[] = [
  {
    name: 'dbscan-20k',
    run: async () => {
      const { X } = makeBlobs(20_000, 10, 10, 7);
      const min_samples = 10;
      // eps at the knee of the 10-distance curve, as the UI suggests it.
      const eps = Math.round(suggestEps(kDistances(X, min_samples)) * 1000) / 1000;
      const { seconds, value } = await timed(() => fitDBSCAN(X, { eps, min_samples }, defaultContext()));
      const ref = runReference('dbscan', X, { eps, min_samples });
      return [line('dbscan-20k', X, seconds, ref, 1.5, {
        eps, min_samples, n_clusters: value.n_clusters, n_noise: value.n_noise, n_core: value.core_sample_indices.length,
        reference_n_clusters: ref?.n_clusters ?? null, reference_n_noise: ref?.n_noise ?? null, reference_n_core: ref?.n_core ?? null,
      })];
    },
  },
  {
    name: 'ward-10k',
    run: async () => {
      const { X } = makeBlobs(10_000, 10, 8, 11);
      const before = process.memoryUsage();
      const { seconds, value } = await timed(() => fitAgglomerative(X, { linkage: 'ward' }, defaultContext()));
      const after = process.memoryUsage();
      const ref = runReference('scipy_linkage', X, { method: 'ward' });
      const workingMb = wardWorkingBytes(X.rows, X.cols) / megabyte;
      return [line('ward-10k', X, seconds, ref, 1.5, {
        top_height: value.heights[value.heights.length - 1], reference_top_height: ref?.top_height ?? null,
        working_typed_arrays_mb: Math.round(workingMb * 100) / 100,
        rss_delta_mb: Math.round((after.rss - before.rss) / megabyte * 100) / 100,
        memory_budget_mb: 100, memory_within_budget: workingMb < 100,
      })];
    },
  },
  {
    name: 'ward-50k',
    run: async () => {
      const { X } = makeBlobs(50_000, 10, 8, 13);
      // Exact: every row is a leaf (no micro-clusters).
      const { seconds, value } = await timed(() => fitAgglomerative(X, { linkage: 'ward', micro_cluster_threshold: Infinity }, defaultContext()));
      return [{
        ...line('ward-50k', X, seconds, null),
        budget: '60 s', within_budget: seconds <= 60, built_on_micro_clusters: value.builtOnMicroClusters,
        working_typed_arrays_mb: Math.round(wardWorkingBytes(X.rows, X.cols) / megabyte * 100) / 100,
      }];
    },
  },
  {
    // For information: above the default threshold the tree is built on 1,500 k-means micro-clusters.
    name: 'ward-micro-100k',
    run: async () => {
      const { X, labels } = makeBlobs(100_000, 10, 8, 19);
      const { seconds, value } = await timed(() => fitAgglomerative(X, { linkage: 'ward' }, defaultContext()));
      const segments = cutTreeByCount(value, 8);
      return [line('ward-micro-100k', X, seconds, null, undefined, {
        built_on_micro_clusters: value.builtOnMicroClusters, ari_vs_planted_8: round(adjustedRandIndex(segments, labels)),
      })];
    },
  },
  {
    // For information: scikit-learn 1.2 has no HDBSCAN to compare with.
    name: 'hdbscan-10k',
    run: async () => {
      const { X } = makeBlobs(10_000, 10, 10, 17);
      const { seconds, value } = await timed(() => fitHDBSCAN(X, { min_cluster_size: 25 }, defaultContext()));
      return [line('hdbscan-10k', X, seconds, null, undefined, { n_clusters: value.n_clusters, n_noise: value.n_noise })];
    },
  },
];
