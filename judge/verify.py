"""Package self-validation (Kattis `verifyproblem` style): the package proves itself.

Checks that the reference agrees with every stated expected output, that every
edge case is named from the vocabulary, and that every reference submission
gets exactly the verdict of its folder.
"""
from __future__ import annotations

import re
import time

from practice.judge.compare import expected_output, judge_output
from practice.judge.package import Problem
from practice.judge.pipeline import check
from practice.judge.verdicts import ALL

EDGE_VOCABULARY = ("empty", "single", "all_equal", "duplicates", "negatives", "zeros", "unicode", "unreachable",
                   "cycle", "tie_break", "max_size", "min_size", "boundary", "disconnected", "self_loop", "no_answer")
EDGE_NAME = re.compile(rf"^({'|'.join(EDGE_VOCABULARY)})(_[a-z0-9_]+)?$")


def static_issues(problem: Problem) -> list[str]:
    issues = []
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
        if not EDGE_NAME.match(c.name):
            issues.append(f"edge case {c.name!r} is not named from the edge vocabulary")
    verdicts = {v for v, _ in problem.submissions()}
    for needed in ("accepted", "wrong_answer", "too_slow"):
        if needed not in verdicts:
            issues.append(f"no reference submission with verdict {needed}")
    for v in verdicts - set(ALL):
        issues.append(f"submissions/{v}/ is not a verdict name")
    return issues


def verify_problem(problem: Problem, backend) -> dict:
    t0 = time.monotonic()
    issues = static_issues(problem)
    subs = []
    for expected, path in problem.submissions():
        report = check(problem, path.read_text(encoding="utf-8"), str(path.relative_to(problem.root)), backend)
        subs.append({"file": str(path.relative_to(problem.root)), "expected": expected, "got": report.verdict,
                     "ok": report.verdict == expected, "summary": report.summary, "seconds": report.seconds})
    return {"problem": problem.id, "ok": not issues and all(s["ok"] for s in subs), "issues": issues,
            "submissions": subs, "seconds": round(time.monotonic() - t0, 2)}
