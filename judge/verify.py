"""Package self-validation (Kattis `verifyproblem` style): the package proves itself.

Static checks (no candidate code runs): expected outputs agree with the
reference, edge cases are named from the vocabulary and their inputs show what
the name says, the generator produces every shape at the ladder's largest size,
hints are there, and the statement's stated bounds, problem.json's declared
bounds and the generator agree (see `constraints`). Dynamic checks (the
sandbox runs each reference submission): every submission gets exactly the verdict of its folder; some wrong answer is
caught only by the edge tests and some only by the properties; the per-case
time limit sits above the slowest accepted case times a margin; every too_slow
submission is clearly slower than the reference where the ladder ends.
"""
from __future__ import annotations

import math
import random
import re
import time
from typing import Any, Callable

from practice.judge.compare import expected_output, judge_output
from practice.judge.constraints import constraint_issues
from practice.judge.package import Problem
from practice.judge.pipeline import check
from practice.judge.verdicts import ALL

EDGE_VOCABULARY = ("empty", "single", "all_equal", "duplicates", "negatives", "zeros", "unicode", "unreachable",
                   "cycle", "tie_break", "max_size", "min_size", "boundary", "disconnected", "self_loop", "no_answer")
EDGE_NAME = re.compile(rf"^({'|'.join(EDGE_VOCABULARY)})(_[a-z0-9_]+)?$")

TIME_LIMIT_MARGIN = 5.0   # case_time_s must be >= the slowest accepted case x this
TIME_LIMIT_FLOOR_S = 1.0  # ...and never below this (process start jitter on a busy machine)
SLOW_RATIO = 3.0          # a too_slow submission must be >= this x the reference at the largest size measured
CASE_STAGES = ("sample", "edge", "hidden")



def _leaves(value: Any):
    """Every scalar in a nested argument list, dict keys included."""
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from _leaves(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _leaves(v)
    else:
        yield value


def _sized(value: Any):
    """Every list, string and dict inside a nested argument list."""
    if isinstance(value, (list, tuple, str, dict)):
        yield value
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from _sized(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _sized(v)


def _number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# What an edge case's name promises about its input, for the names a machine can check
# without knowing the problem (`single` or `duplicates` depend on what counts as an item).
EXERCISES: dict[str, Callable[[list], bool]] = {
    "empty": lambda args: any(a is None or a == 0 and _number(a) for a in args)
    or any(len(c) == 0 for a in args for c in _sized(a)),
    "negatives": lambda args: any(_number(x) and x < 0 for x in _leaves(args)),
    "zeros": lambda args: any(_number(x) and x == 0 or x in ("0", "0.0") for x in _leaves(args)),
    "unicode": lambda args: any(isinstance(x, str) and any(ord(ch) > 127 for ch in x) for x in _leaves(args)),
}


def static_issues(problem: Problem) -> list[str]:
    from practice.judge.scaffold import MARKER, unfinished

    issues = [f"{rel} still holds {MARKER} placeholders" for rel in unfinished(problem.root)]
    if issues:
        return issues  # a fresh skeleton: nothing else is meaningful yet
    for kind, cases in problem.tests.items():
        names = [c.name for c in cases]
        if len(set(names)) != len(names):
            issues.append(f"tests/{kind}.json has duplicate case names")
        for c in cases:
            if c.has_expected:
                got = expected_output(problem, c.args)
                if judge_output(problem, c.args, c.expected, got) is not None and got != c.expected:
                    issues.append(f"the reference gives {got!r} on {kind}/{c.name}, the file says {c.expected!r}")
    for c in problem.tests["edge"]:
        m = EDGE_NAME.match(c.name)
        if not m:
            issues.append(f"edge case {c.name!r} is not named from the edge vocabulary")
            continue
        exercised = EXERCISES.get(m.group(1))
        if exercised is not None and not exercised(c.args):
            issues.append(f"edge case {c.name!r} does not exercise {m.group(1)!r}: no argument shows it")
    verdicts = {v for v, _ in problem.submissions()}
    for needed in ("accepted", "wrong_answer", "too_slow"):
        if needed not in verdicts:
            issues.append(f"no reference submission with verdict {needed}")
    for v in verdicts - set(ALL):
        issues.append(f"submissions/{v}/ is not a verdict name")
    if not problem.meta.get("hints"):
        issues.append("problem.json has no hints (pattern, approach, complexity target)")
    issues += _generator_issues(problem)
    if not any(i.startswith("generator") for i in issues):
        issues += constraint_issues(problem)
    return issues


def _generator_issues(problem: Problem) -> list[str]:
    """The generator must produce every shape at the ladder's largest size, deterministically."""
    try:
        gen = problem.module("generator")
    except Exception as exc:  # noqa: BLE001 - a broken package is reported, not raised
        return [f"generator.py does not import: {exc}"]
    top = max(problem.meta["complexity"]["sizes"])
    issues = []
    for shape in problem.meta["complexity"]["shapes"]:
        try:
            a = gen.generate(top, shape, random.Random(7))
            b = gen.generate(top, shape, random.Random(7))
        except Exception as exc:  # noqa: BLE001
            issues.append(f"generator fails for shape {shape!r} at n={top}: {type(exc).__name__}: {exc}")
            continue
        if not isinstance(a, list) or len(a) != len(problem.params):
            issues.append(f"generator shape {shape!r} does not return a list of {len(problem.params)} arguments")
        elif a != b:
            issues.append(f"generator shape {shape!r} is not deterministic for a given rng")
    return issues


def _caught_by(report) -> list[str]:
    return [s.name for s in report.stages if s.status == "failed" and s.name != "load"]


def _slowest_case_ms(report) -> float:
    return max((t.cpu_ms or 0.0 for t in report.tests if t.kind in CASE_STAGES), default=0.0)


def _slow_ratio(report) -> float | None:
    """Candidate / reference time at the largest size both reached, on the shape that decided."""
    part = (report.complexity or {}).get("time")
    if part is None or part.within_budget is not False:
        return None
    ev = part.evidence or {}
    series = (ev.get("series") or {}).get(ev.get("shape"))
    if not series or not series.get("cpu_ms"):
        return math.inf  # stopped early at the size cap: as clear as it gets
    cand, ref = series["cpu_ms"][-1], series["reference_cpu_ms"][-1]
    return cand / ref if ref else math.inf


def verify_problem(problem: Problem, backend, progress: Callable[[str], None] = lambda s: None) -> dict:
    """Static checks, then (with a backend) every reference submission; `backend=None` stops after the static part."""
    t0 = time.monotonic()
    issues = static_issues(problem)
    subs = []
    if backend is None or any("placeholders" in i for i in issues):
        return {"problem": problem.id, "ok": backend is None and not issues, "issues": issues, "warnings": [],
                "submissions": [],
                "time_limit": {"configured_s": problem.case_time_s, "derived_s": None},
                "seconds": round(time.monotonic() - t0, 2)}
    for expected, path in problem.submissions():
        rel = str(path.relative_to(problem.root))
        progress(f"{problem.id}: {rel}")
        report = check(problem, path.read_text(encoding="utf-8"), rel, backend)
        ratio = _slow_ratio(report) if expected == "too_slow" else None
        subs.append({"file": rel, "expected": expected, "got": report.verdict, "ok": report.verdict == expected,
                     "caught_by": _caught_by(report), "slowest_case_ms": round(_slowest_case_ms(report), 2),
                     "slow_ratio": None if ratio is None or ratio == math.inf else round(ratio, 1),
                     "summary": report.summary, "seconds": report.seconds})
        if expected == "too_slow" and report.verdict == "too_slow" and ratio is not None and ratio < SLOW_RATIO:
            issues.append(f"{rel} is only {ratio:.1f}x the reference where the ladder ends (want >= {SLOW_RATIO:g}x): "
                          "widen the gap (larger sizes or a clearer too_slow)")
    wrong = [s for s in subs if s["expected"] == "wrong_answer" and s["ok"]]
    if not any(s["caught_by"] == ["edge"] for s in wrong):
        issues.append("no wrong_answer submission that only the edge tests catch")
    if not any(s["caught_by"] == ["properties"] for s in wrong):
        issues.append("no wrong_answer submission that only the properties catch")
    accepted = [s["slowest_case_ms"] for s in subs if s["expected"] == "accepted" and s["ok"]]
    derived = None
    if accepted:
        derived = max(TIME_LIMIT_FLOOR_S, math.ceil(max(accepted) / 1000 * TIME_LIMIT_MARGIN * 2) / 2)
        if problem.case_time_s < derived:
            issues.append(f"limits.case_time_s is {problem.case_time_s:g} s, below the derived limit {derived:g} s "
                          f"(slowest accepted case {max(accepted):.0f} ms x {TIME_LIMIT_MARGIN:g})")
    return {"problem": problem.id, "ok": not issues and all(s["ok"] for s in subs), "issues": issues,
            "warnings": [], "submissions": subs, "time_limit": {"configured_s": problem.case_time_s, "derived_s": derived},
            "seconds": round(time.monotonic() - t0, 2)}
