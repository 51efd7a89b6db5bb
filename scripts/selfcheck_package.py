"""Quick in-process self-check for a problem package while authoring it.

An author's aid, not the judge: submissions run in this process, no sandbox,
so it is quick to iterate on. `practice verify` is the real check. Usage:

    python scripts/selfcheck_package.py problems/arrays/two_sum
"""
from __future__ import annotations

import copy
import random
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from practice.judge.compare import expected_output, judge_output, normalise
from practice.judge.package import load_problem
from practice.judge.verify import static_issues
from practice.sandbox.runner import PRELUDE


def candidate(problem, path: Path):
    """The entry point of a submission, with LeetCode's names pre-imported as in the sandbox."""
    ns: dict = {"__name__": "candidate"}
    exec(PRELUDE, ns)
    exec(compile(path.read_text(), str(path), "exec"), ns)
    if callable(ns.get(problem.function)):
        return ns[problem.function]
    lc = problem.leetcode
    if lc and lc["class"] in ns:
        return getattr(ns[lc["class"]](), lc["method"])
    raise SystemExit(f"{path}: no entry point")


def call(problem, fn, args):
    args = copy.deepcopy(args)
    for i in problem.stream_args:
        args[i] = iter(args[i])
    out = fn(*args)
    if problem.returns == "iterable" and out is not None and not isinstance(out, (list, tuple)):
        out = list(out)
    return normalise(out)


def main(root: Path) -> int:
    problem = load_problem(root)
    issues = static_issues(problem)
    for issue in issues:
        print(f"PACKAGE: {issue}")
    props = problem.module("properties")
    gen = problem.module("generator")

    def judge(fn, args):
        return judge_output(problem, args, expected_output(problem, args), call(problem, fn, args))

    for expected_verdict, path in problem.submissions():
        fn = candidate(problem, path)
        failed = None
        caught_by = []
        for kind, cases in problem.tests.items():
            for case in cases:
                try:
                    why = judge(fn, case.args)
                except Exception as exc:  # noqa: BLE001
                    why = f"raised {exc!r}"
                if why and kind not in caught_by:
                    caught_by.append(kind)
                if why and not failed:
                    failed = f"{kind}/{case.name}: {why}"
        if not failed:
            @settings(max_examples=150, derandomize=True, database=None, deadline=None,
                      suppress_health_check=list(HealthCheck))
            @given(props.args_strategy())
            def prop(args):
                why = judge(fn, args)
                assert not why, why
                if hasattr(props, "invariants"):
                    props.invariants(copy.deepcopy(args), call(problem, fn, args))
            try:
                prop()
            except Exception as exc:  # noqa: BLE001
                failed = f"property: {str(exc).splitlines()[0][:200]}"
                caught_by.append("properties")
        times = []
        if not failed:  # naive growth over the first ladder sizes (input copy included)
            for n in problem.meta["complexity"]["sizes"][:4]:
                if times and times[-1] > 1.0:
                    break
                args = gen.generate(n, "worst", random.Random(n))
                t0 = time.perf_counter()
                call(problem, fn, args)
                times.append(time.perf_counter() - t0)
        growth = [round(b / a, 2) for a, b in zip(times, times[1:]) if a > 0]
        print(f"{expected_verdict:14s} {path.name:30s} caught by: {','.join(caught_by) or '-'}  "
              f"first failure: {failed or '-'}  "
              f"time at first sizes: {[round(t * 1000, 1) for t in times]} ms, growth per step {growth}")
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
