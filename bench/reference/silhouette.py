"""Reference for the silhouette benchmark: scikit-learn silhouette_score (exact, Euclidean) on the bench's matrix.

Called through run.py with params {labels: list[int]}; reports seconds and the score.
"""
import time

import numpy as np
from sklearn.metrics import silhouette_score


def run(X, params):
    labels = np.asarray(params["labels"], dtype=np.int64)
    start = time.perf_counter()
    score = silhouette_score(X, labels)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "sklearn.metrics.silhouette_score", "score": float(score)}
