"""Reference for the recipe benchmark: the same preparation as scikit-learn steps on the same numbers.

Columns 0-2: median impute, winsorise at the 1st/99th percentiles, Yeo-Johnson, z-score. Columns 3-4:
mean impute, log1p, robust scaling. Column 5: level codes, one-hot of the top 5 plus infrequent.
"""
import time

import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, PowerTransformer, RobustScaler, StandardScaler


def run(X, params):
    start = time.perf_counter()
    a = SimpleImputer(strategy="median").fit_transform(X[:, 0:3])
    low, high = np.percentile(a, [1.0, 99.0], axis=0)
    a = np.clip(a, low, high)
    a = PowerTransformer(method="yeo-johnson", standardize=False).fit_transform(a)
    a = StandardScaler().fit_transform(a)
    b = SimpleImputer(strategy="mean").fit_transform(X[:, 3:5])
    b = RobustScaler().fit_transform(np.log1p(b))
    c = OneHotEncoder(max_categories=6, sparse_output=False).fit_transform(X[:, 5:6])
    np.hstack([a, b, c])
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "sklearn SimpleImputer+clip+PowerTransformer+StandardScaler+RobustScaler+OneHotEncoder"}
