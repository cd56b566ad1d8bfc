"""Runs one reference benchmark: loads the matrix the TypeScript bench wrote and calls <module>.run.

Invoked by bench/harness.ts as `python3 run.py '<json spec>'`; writes {"seconds", "name", ...} to spec.out.
"""
import importlib
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main():
    spec = json.loads(sys.argv[1])
    X = None
    if spec["data"]:
        X = np.fromfile(spec["data"], dtype="<f8").reshape(spec["rows"], spec["cols"])
    module = importlib.import_module(spec["module"])
    result = module.run(X, spec["params"])
    with open(spec["out"], "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
