"""Reference for the k-means benchmark: scikit-learn KMeans (Lloyd, one k-means++ init) on the bench's matrix.

Called through run.py with params {n_clusters, n_init, seed}; reports seconds, inertia and n_iter.
"""
import time

from sklearn.cluster import KMeans


def run(X, params):
    model = KMeans(
        n_clusters=int(params.get("n_clusters", 8)),
        n_init=int(params.get("n_init", 1)),
        algorithm="lloyd",
        random_state=int(params.get("seed", 0)),
    )
    start = time.perf_counter()
    model.fit(X)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "sklearn.cluster.KMeans(algorithm='lloyd', n_init=%d)" % model.n_init,
        "inertia": float(model.inertia_),
        "n_iter": int(model.n_iter_),
    }
