"""Reference for the Gaussian mixture benchmark: scikit-learn GaussianMixture (k-means start) on the bench's matrix.

Called through run.py with params {n_components, covariance_type, max_iter, tol, seed}; reports seconds, n_iter and the mean log-likelihood.
"""
import time

from sklearn.mixture import GaussianMixture


def run(X, params):
    model = GaussianMixture(
        n_components=int(params.get("n_components", 8)),
        covariance_type=params.get("covariance_type", "full"),
        max_iter=int(params.get("max_iter", 100)),
        tol=float(params.get("tol", 1e-3)),
        random_state=int(params.get("seed", 0)),
    )
    start = time.perf_counter()
    model.fit(X)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "name": "sklearn.mixture.GaussianMixture(covariance_type='%s')" % model.covariance_type,
        "n_iter": int(model.n_iter_),
        "score": float(model.score(X)),
    }
