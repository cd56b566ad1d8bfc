"""Reference for the DBSCAN benchmark: scikit-learn DBSCAN (kd-tree neighbourhoods) on the bench's matrix.

Called through run.py with params {eps, min_samples, metric}; reports seconds, clusters and noise.
"""
import time

from sklearn.cluster import DBSCAN


def run(X, params):
    model = DBSCAN(eps=float(params["eps"]), min_samples=int(params.get("min_samples", 5)),
                   metric=params.get("metric", "euclidean"))
    start = time.perf_counter()
    model.fit(X)
    seconds = time.perf_counter() - start
    labels = model.labels_
    return {
        "seconds": seconds,
        "name": "sklearn.cluster.DBSCAN(eps=%g, min_samples=%d)" % (model.eps, model.min_samples),
        "n_clusters": int(labels.max() + 1),
        "n_noise": int((labels == -1).sum()),
        "n_core": int(len(model.core_sample_indices_)),
    }
