"""Reference for bench/tasks/projections.ts: umap-learn's UMAP with the same parameters as fitUMAP.

Timed warm: a first fit on small data compiles numba's functions before the measured fit. No random_state
is set, so umap-learn runs its parallel (fastest) code paths: the strictest comparison for our timing.
"""
import time
import warnings

import numpy as np


def run(X, params):
    warnings.filterwarnings("ignore")
    import umap
    from sklearn.manifold import trustworthiness

    umap.UMAP(n_neighbors=15).fit_transform(np.random.RandomState(0).randn(5000, X.shape[1]))
    model = umap.UMAP(n_neighbors=params.get("n_neighbors", 15), min_dist=params.get("min_dist", 0.1),
                      metric=params.get("metric", "euclidean"))
    start = time.perf_counter()
    Y = model.fit_transform(X)
    seconds = time.perf_counter() - start
    out = {"seconds": seconds, "name": "umap-learn %s UMAP (warm, parallel)" % umap.__version__}
    rows = params.get("trust_rows", 0)
    if rows:
        out["trustworthiness"] = float(trustworthiness(X[:rows], Y[:rows], n_neighbors=10))
    return out
