#!/usr/bin/env python3
"""Whitens the embeddings of a digest file written by `eval stories --digests`, for measuring
whether whitened embeddings place stories better (docs/benchmarks.md, "Whitened embeddings").

The mean and covariance come from the embeddings of FIT (a digest file), leaving out the articles
whose ids are in the first SKIP lines of SKIP_JSONL (the lines the grid is then tuned on). Each
embedding x becomes (x - mean) V diag((eigenvalue + EPS) ^ -POWER) V^T, made unit length again;
POWER 0.5 is the usual whitening. Writes the digests of IN (those whose ids are in ONLY_JSONL, when
given) to OUT with their embeddings so changed, for `eval stories ... --tune --digests OUT`.

usage: stories-whitening.py FIT SKIP_JSONL SKIP IN OUT POWER EPS [ONLY_JSONL]
needs: python3-numpy
"""
import base64
import json
import sys

import numpy as np


def vector(digest):
    return np.frombuffer(base64.b64decode(digest["embedding"]), dtype=">f4").astype(np.float64)


def ids(jsonl, first=None):
    with open(jsonl, encoding="utf-8") as lines:
        return {json.loads(line)["id"] for n, line in enumerate(lines) if first is None or n < first}


def main(fit, skip_jsonl, skip, source, target, power, eps, only_jsonl=None):
    skipped = ids(skip_jsonl, int(skip))
    with open(fit, encoding="utf-8") as lines:
        digests = (json.loads(line) for line in lines)
        fitted = np.array([vector(d) for d in digests if d.get("embedding") and d["id"] not in skipped])
    mean = fitted.mean(0)
    values, vectors = np.linalg.eigh(np.cov((fitted - mean).T))
    transform = vectors @ np.diag((np.maximum(values, 0) + float(eps)) ** -float(power)) @ vectors.T
    only = ids(only_jsonl) if only_jsonl else None
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            digest = json.loads(line)
            if only is not None and digest["id"] not in only:
                continue
            if digest.get("embedding"):
                z = (vector(digest) - mean) @ transform
                digest["embedding"] = base64.b64encode((z / np.linalg.norm(z)).astype(">f4").tobytes()).decode()
            out.write(json.dumps(digest, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) not in (8, 9):
        sys.exit(__doc__)
    main(*sys.argv[1:])
