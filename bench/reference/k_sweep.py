"""Reference for the k-sweep benchmark: scikit-learn doing the same sweep as sweepK on the bench's matrix.

For each k: KMeans(n_init) on all rows, silhouette_score on a seeded sample, Calinski-Harabasz and
Davies-Bouldin on all rows; then the gap statistic with KMeans on a 2,000-row sample and B uniform reference sets.
Called through run.py with params {k_min, k_max, n_init, silhouette_sample, gap_sample, n_refs, seed}.
"""
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score


def dispersion(Y, k, n_init, seed):
    if k == 1:
        return float(((Y - Y.mean(axis=0)) ** 2).sum())
    return float(KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit(Y).inertia_)


def run(X, params):
    k_min, k_max = int(params["k_min"]), int(params["k_max"])
    n_init, seed = int(params["n_init"]), int(params["seed"])
    rng = np.random.RandomState(seed)
    start = time.perf_counter()
    silhouettes = []
    for k in range(k_min, k_max + 1):
        labels = KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit(X).labels_
        silhouettes.append(float(silhouette_score(X, labels, sample_size=int(params["silhouette_sample"]), random_state=seed)))
        calinski_harabasz_score(X, labels)
        davies_bouldin_score(X, labels)
    sample = X[rng.choice(X.shape[0], int(params["gap_sample"]), replace=False)]
    ks = list(range(max(1, k_min - 1), k_max + 1))
    log_w = np.array([np.log(dispersion(sample, k, n_init, seed)) for k in ks])
    lo, hi = sample.min(axis=0), sample.max(axis=0)
    refs = np.array([[np.log(dispersion(rng.uniform(lo, hi, size=sample.shape), k, n_init, seed)) for k in ks]
                     for _ in range(int(params["n_refs"]))])
    gap = refs.mean(axis=0) - log_w
    s = refs.std(axis=0) * np.sqrt(1 + 1 / refs.shape[0])
    best = next((ks[t] for t in range(len(ks) - 1) if gap[t] >= gap[t + 1] - s[t + 1]), ks[-1])
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "sklearn KMeans(n_init=%d) + silhouette_score(sample_size) + CH + DB per k, gap statistic" % n_init,
        "best_silhouette_k": k_min + int(np.argmax(silhouettes)),
        "gap_k": int(best),
    }
