"""Quick in-process self-check for a problem package while authoring it.

This is an author's aid, not the judge: it runs everything in this process, no
sandbox. `practice verify` is the real check. Usage:

    python scripts/selfcheck_package.py problems/arrays/two_sum
"""
from __future__ import annotations

import builtins
import collections
import copy
import importlib.util
import json
import sys
import time
import random
from pathlib import Path

LEETCODE_PRELUDE = (
    "from typing import *\nimport collections, heapq, bisect, math, itertools, functools, re, string\n"
    "from collections import defaultdict, Counter, deque, OrderedDict\n"
    "from heapq import heappush, heappop, heapify\nfrom math import inf\n"
    "from functools import lru_cache, cache, reduce\nfrom itertools import accumulate\n"
)


def load_module(path: Path, prelude: str = ""):
    ns: dict = {"__name__": "candidate"}
    exec(compile(prelude + path.read_text(), str(path), "exec"), ns)
    return ns


def entry(ns: dict, meta: dict):
    fn = ns.get(meta["entry"]["function"])
    if callable(fn):
        return fn
    lc = meta["entry"].get("leetcode")
    if lc and lc["class"] in ns:
        return getattr(ns[lc["class"]](), lc["method"])
    raise SystemExit("no entry point")


def call(fn, args, meta):
    args = copy.deepcopy(args)
    for i in meta.get("stream_args", []):
        args[i] = iter(args[i])
    out = fn(*args)
    if meta.get("returns") == "iterable":
        out = list(out)
    return json.loads(json.dumps(out))


def main(pkg: Path) -> int:
    meta = json.loads((pkg / "problem.json").read_text())
    ref = entry(load_module(pkg / "reference.py"), meta)
    checker = load_module(pkg / "checker.py")["check"] if meta.get("checker") else None
    sys.path.insert(0, str(pkg))
    props = load_module(pkg / "properties.py")
    gen = load_module(pkg / "generator.py")

    def judge(fn, args):
        exp = call(ref, args, meta)
        got = call(fn, args, meta)
        if checker:
            return checker(copy.deepcopy(args), exp, got)
        return None if got == exp else f"expected {exp!r}, got {got!r}"

    ok = True
    for kind in ("sample", "edge", "hidden"):
        for case in json.loads((pkg / "tests" / f"{kind}.json").read_text()):
            if "expected" in case:
                exp = call(ref, case["args"], meta)
                bad = checker(copy.deepcopy(case["args"]), case["expected"], exp) if checker else (exp != case["expected"])
                if bad:
                    print(f"REFERENCE DISAGREES on {kind}/{case['name']}: {exp!r} vs {case['expected']!r}")
                    ok = False
    from hypothesis import given, settings, HealthCheck

    for sub in sorted((pkg / "submissions").glob("*/*.py")):
        expected_verdict = sub.parent.name
        fn = entry(load_module(sub, LEETCODE_PRELUDE), meta)
        failed = None
        for kind in ("sample", "edge", "hidden"):
            for case in json.loads((pkg / "tests" / f"{kind}.json").read_text()):
                try:
                    why = judge(fn, case["args"])
                except Exception as exc:  # noqa: BLE001
                    why = f"raised {exc!r}"
                if why and not failed:
                    failed = f"{kind}/{case['name']}: {why}"
        if not failed:
            @settings(max_examples=150, derandomize=True, database=None, deadline=None,
                      suppress_health_check=list(HealthCheck))
            @given(props["args_strategy"]())
            def prop(args):
                why = judge(fn, args)
                assert not why, why
                if "invariants" in props:
                    props["invariants"](copy.deepcopy(args), call(fn, args, meta))
            try:
                prop()
            except Exception as exc:  # noqa: BLE001
                failed = f"property: {str(exc).splitlines()[0][:200]}"
        # naive growth: time at two largest sizes
        times = []
        if not failed:
            sizes = meta["complexity"]["sizes"]
            for n in sizes[:4]:
                if times and times[-1] > 1.0:
                    break
                args = gen["generate"](n, "worst", random.Random(n))
                t0 = time.perf_counter(); call(fn, args, meta); times.append(time.perf_counter() - t0)
        growth = [round(b / a, 2) for a, b in zip(times, times[1:]) if a > 0]
        print(f"{expected_verdict:14s} {sub.name:30s} first failure: {failed or '-'}  "
              f"time at first sizes: {[round(t*1000,1) for t in times]} ms, growth per step {growth}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
