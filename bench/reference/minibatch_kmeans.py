"""Reference for the mini-batch k-means benchmark: scikit-learn MiniBatchKMeans on the bench's matrix.

Called through run.py with params {n_clusters, batch_size, n_init, seed}; reports seconds and inertia.
"""
import time

from sklearn.cluster import MiniBatchKMeans


def run(X, params):
    model = MiniBatchKMeans(
        n_clusters=int(params.get("n_clusters", 8)),
        batch_size=int(params.get("batch_size", 1024)),
        n_init=int(params.get("n_init", 3)),
        random_state=int(params.get("seed", 0)),
    )
    start = time.perf_counter()
    model.fit(X)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "sklearn.cluster.MiniBatchKMeans(batch_size=%d, n_init=%d)" % (model.batch_size, model.n_init),
        "inertia": float(model.inertia_),
        "n_steps": int(model.n_steps_),
    }
