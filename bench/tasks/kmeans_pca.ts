// Benchmarks for k-means (k = 8, one k-means++ init) and PCA on Gaussian blobs of 10 features,
// each beside scikit-learn on the same matrix; budget 1.5x the reference's time for both.
import { line, makeBlobs, runReference, timed, type BenchTask } from '../harness';
import { fitKMeans } from '../../src/analysis/kmeans';
import { fitPCA } from '../../src/analysis/pca';

const budget = 1.5;

// One small fit first so that the timed run measures optimised code, not V8's first compilation
// (the reference's compiled code is warm from the start). The timed work itself is unchanged.
let warmed = false;
function warmUp(): void {
  if (warmed) return;
  warmed = true;
  const { X } = makeBlobs(20_000, 10, 8, 99);
  fitKMeans(X, { n_clusters: 8, n_init: 1 }, { seed: 0 });
  fitPCA(X, {}, { seed: 0 });
}

function kmeansTask(n: number): BenchTask {
  return {
    name: `kmeans-${n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`}x10-k8`,
    run: async () => {
      warmUp();
      const { X } = makeBlobs(n, 10, 8, 1);
      const ours = await timed(() => fitKMeans(X, { n_clusters: 8, n_init: 1 }, { seed: 0 }));
      const ref = runReference('kmeans', X, { n_clusters: 8, n_init: 1, seed: 0 });
      return [line(`kmeans n=${n} d=10 k=8 n_init=1`, X, ours.seconds, ref, budget, {
        inertia: ours.value.inertia, n_iter: ours.value.n_iter,
        reference_inertia: ref?.inertia ?? null, reference_n_iter: ref?.n_iter ?? null,
      })];
    },
  };
}

const pcaTask: BenchTask = {
  name: 'pca-1Mx10',
  run: async () => {
    warmUp();
    const { X } = makeBlobs(1_000_000, 10, 8, 2);
    const ours = await timed(() => fitPCA(X, {}, { seed: 0 }));
    const ref = runReference('pca', X, {});
    return [line('pca n=1000000 d=10 full', X, ours.seconds, ref, budget, {
      explained_variance_top: ours.value.explained_variance[0],
      reference_explained_variance_top: (ref?.explained_variance as number[] | undefined)?.[0] ?? null,
    })];
  },
};

export const tasks: BenchTask[] = [kmeansTask(100_000), kmeansTask(1_000_000), pcaTask];
