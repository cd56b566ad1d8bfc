"""Reference for the DuckDB-layer benchmarks: the same table work done with Python's csv module and numpy.

Called through run.py with params {op, ...}: read_csv (csv.reader + numeric conversion), profile
(numpy aggregates and 20-bin histograms, Counter top values, every column), segment_profiles (numpy
group means, labels i % segments - 1), write_csv (csv.writer of every row plus two segment columns).
Reports seconds and a name.
"""
import csv
import io
import time
from collections import Counter

import numpy as np


def _number(text):
    return float(text) if text != "" else float("nan")


def read_csv(params):
    start = time.perf_counter()
    with open(params["path"], newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = [[] for _ in header]
        for row in reader:
            for j, value in enumerate(row):
                columns[j].append(value)
    numeric = [j for j, name in enumerate(header) if name not in ("customer_id", "region", "signup_date", "loyalty_member")]
    arrays = [np.array([_number(v) for v in columns[j]]) for j in numeric]
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "python csv.reader + float() into numpy", "rows": len(arrays[0])}


def _read_columns(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = [[] for _ in header]
        for row in reader:
            for j, value in enumerate(row):
                columns[j].append(value)
    return header, columns


def profile(params):
    """The same figures as profileDataset: numeric summaries and histograms, distinct counts, top values."""
    header, columns = _read_columns(params["path"])
    numeric = set(params["numeric"])
    prepared = [np.array([_number(v) for v in col]) if name in numeric else col for name, col in zip(header, columns)]
    start = time.perf_counter()
    for name, column in zip(header, prepared):
        if name in numeric:
            values = column[~np.isnan(column)]
            np.min(values), np.max(values), np.mean(values)
            np.unique(values).size
            np.histogram(values, bins=20)
        else:
            present = [v for v in column if v != ""]
            counts = Counter(present)
            if len(counts) < len(present):
                counts.most_common(5)
            min(present), max(present)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "numpy min/max/mean/unique/histogram(20) + collections.Counter top 5, every column"}


def segment_profiles(X, segments):
    start = time.perf_counter()
    labels = np.arange(X.shape[0]) % segments
    population_mean = np.nanmean(X, axis=0)
    population_std = np.nanstd(X, axis=0)
    sizes = np.bincount(labels, minlength=segments)
    means = np.empty((segments, X.shape[1]))
    for j in range(X.shape[1]):
        column = X[:, j]
        ok = ~np.isnan(column)
        means[:, j] = np.bincount(labels[ok], weights=column[ok], minlength=segments) / np.bincount(labels[ok], minlength=segments)
    (means - population_mean) / population_std
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "numpy bincount group means and z-scores", "sizes": sizes.tolist()}


def write_csv(params):
    with open(params["path"], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    segments = int(params["segments"])
    start = time.perf_counter()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0] + ["segment_id", "segment_name"])
    for i, row in enumerate(rows[1:]):
        label = i % segments - 1
        writer.writerow(row + ([label + 1, "S%d" % label] if label >= 0 else ["", "Unassigned"]))
    data = ("\ufeff" + out.getvalue()).encode("utf-8")
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "name": "python csv.writer (rows already parsed)", "bytes": len(data)}


def run(X, params):
    op = params["op"]
    if op == "read_csv":
        return read_csv(params)
    if op == "profile":
        return profile(params)
    if op == "segment_profiles":
        return segment_profiles(X, int(params["segments"]))
    if op == "write_csv":
        return write_csv(params)
    raise ValueError("unknown op %s" % op)
