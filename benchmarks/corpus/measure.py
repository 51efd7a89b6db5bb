"""Time corpus solutions on a problem generator's shape at the ladder sizes (a
sanity check for the labels, not part of the judge).

    python benchmarks/corpus/measure.py benchmarks/corpus/dp__lis/*.py [--shape worst]
        [--sizes 75,150,300] [--reps 5] [--budget 3] [--space]

For each size: builds the input with the package's generator (seeded with n),
deep-copies it outside the timed region for every repeat (solutions mutate
their input and consume streams), takes the minimum over the repeats and
prints the ratio to the previous size (~2 for O(n), ~2.1-2.2 for O(n log n),
~4 for O(n^2), ~8 for O(n^3)). --space adds tracemalloc's peak for one call.
A file stops at the first size where reps * time exceeds --budget seconds.
"""
import argparse
import copy
import gc
import importlib.util
import json
import os
import random
import sys
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PRELUDE = """
from typing import *
import collections, heapq, bisect, math, itertools, functools, operator, re, string, random, sys
from collections import defaultdict, Counter, deque, OrderedDict
from heapq import heappush, heappop, heapify, heappushpop, nlargest, nsmallest
from bisect import bisect_left, bisect_right, insort
from math import inf, gcd, sqrt, ceil, floor, log2
from functools import lru_cache, cache, reduce, cmp_to_key
from itertools import accumulate, permutations, combinations, product, chain, groupby
"""


def load(path):
    category, name = os.path.basename(os.path.dirname(os.path.abspath(path))).split("__")
    pdir = os.path.join(ROOT, "problems", category, name)
    with open(os.path.join(pdir, "problem.json")) as fh:
        pj = json.load(fh)
    spec = importlib.util.spec_from_file_location("corpus_generator", os.path.join(pdir, "generator.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    ns = {}
    exec(PRELUDE, ns)
    with open(path) as fh:
        exec(compile(fh.read(), path, "exec"), ns)
    fn = ns.get(pj["entry"]["function"])
    if fn is None:
        fn = getattr(ns["Solution"](), pj["entry"]["leetcode"]["method"])
    return pj, gen, fn


def run(pj, fn, args):
    args = copy.deepcopy(args)
    for i in pj.get("stream_args", []):
        args[i] = iter(args[i])
    start = time.perf_counter()
    out = fn(*args)
    if pj.get("returns") == "iterable":
        for _ in out:
            pass
    return time.perf_counter() - start


def peak_bytes(pj, fn, args):
    args = copy.deepcopy(args)
    for i in pj.get("stream_args", []):
        args[i] = iter(args[i])
    gc.collect()
    tracemalloc.start()
    out = fn(*args)
    if pj.get("returns") == "iterable":
        for _ in out:
            pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--shape", default="worst")
    ap.add_argument("--sizes")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--budget", type=float, default=3.0)
    ap.add_argument("--space", action="store_true")
    a = ap.parse_args()
    sys.setrecursionlimit(10000)
    for path in a.files:
        with open(path) as fh:
            labels = " ".join(line.strip("# \n") for line in fh.readlines()[:2])
        print(f"== {path}  ({labels})")
        pj, gen, fn = load(path)
        sizes = [int(x) for x in a.sizes.split(",")] if a.sizes else pj["complexity"]["sizes"]
        prev = None
        for n in sizes:
            args = gen.generate(n, a.shape, random.Random(n))
            best = min(run(pj, fn, args) for _ in range(a.reps))
            line = f"n={n:>9}  t={best * 1e3:10.3f} ms  {'x%.2f' % (best / prev) if prev else ''}"
            if a.space:
                line += f"  peak={peak_bytes(pj, fn, args) / 1024:10.1f} KiB"
            print(line, flush=True)
            prev = best
            if best * a.reps > a.budget:
                break


if __name__ == "__main__":
    main()
