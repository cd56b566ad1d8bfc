"""Reference for the PCA benchmark: scikit-learn PCA(svd_solver='full').fit_transform on the bench's matrix.

fit_transform, because fitPCA also returns the projected data; reports seconds and explained variance.
"""
import time

from sklearn.decomposition import PCA


def run(X, params):
    n_components = params.get("n_components")
    model = PCA(n_components=n_components, svd_solver="full")
    start = time.perf_counter()
    model.fit_transform(X)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "sklearn.decomposition.PCA(svd_solver='full').fit_transform",
        "explained_variance": [float(v) for v in model.explained_variance_],
    }
