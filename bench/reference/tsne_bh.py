"""Reference for bench/tasks/projections.ts: sklearn's Barnes-Hut TSNE with the same parameters as fitTSNE.

run(X, params) times TSNE(...).fit_transform(X) and reports its trustworthiness on a sample when asked.
"""
import time

from sklearn.manifold import TSNE, trustworthiness


def run(X, params):
    model = TSNE(n_components=2, perplexity=params.get("perplexity", 30.0), early_exaggeration=12.0,
                 learning_rate="auto", n_iter=params.get("n_iter", 1000), init="pca", angle=0.5,
                 method="barnes_hut", random_state=params.get("seed", 0))
    start, cpu_start = time.perf_counter(), time.process_time()
    Y = model.fit_transform(X)
    seconds = time.perf_counter() - start
    # CPU seconds of all its threads (its gradient runs on every core): the fair figure on a loaded machine.
    cpu_seconds = time.process_time() - cpu_start
    out = {"seconds": seconds, "cpu_seconds": cpu_seconds, "name": "sklearn.manifold.TSNE(method='barnes_hut')",
           "kl_divergence": float(model.kl_divergence_)}
    rows = params.get("trust_rows", 0)
    if rows:
        out["trustworthiness"] = float(trustworthiness(X[:rows], Y[:rows], n_neighbors=10))
    return out
