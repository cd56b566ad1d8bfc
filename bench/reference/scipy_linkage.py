"""Reference for the hierarchical benchmarks: scipy.cluster.hierarchy.linkage on the bench's matrix.

Called through run.py with params {method, metric}; reports seconds and the last merge height.
"""
import time

from scipy.cluster.hierarchy import linkage


def run(X, params):
    method = params.get("method", "ward")
    metric = params.get("metric", "euclidean")
    start = time.perf_counter()
    Z = linkage(X, method=method, metric=metric)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "scipy.cluster.hierarchy.linkage(method='%s', metric='%s')" % (method, metric),
        "top_height": float(Z[-1, 2]),
    }
