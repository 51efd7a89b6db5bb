"""The candidate's own tests: run in the sandbox against their solution, branch coverage of the
solution, and how many wrong mutants of it the tests catch.

Tests come from a `test_<stem>.py` next to the solution or `def test_*` in it. They
run only in the sandbox (they are the candidate's code). The sandbox reports the
line arcs it executed; the host turns them into branch coverage with coverage.py's
own parser of the solution, so the numbers mean what `coverage run --branch`
means. Mutants are screened on the host's verdict first: a mutant that still passes
every sample, edge and hidden case is not known to be wrong and is not counted.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from practice.judge.backends.base import RunnerClient
from practice.judge.package import Problem
from practice.judge.stages.context import StageContext
from practice.judge.stages.mutants import has_tests, mutants, test_lines

TESTS_TIMEOUT_S = 10.0


@dataclass
class TestingEvidence:
    source: str | None = None  # "test_solution.py", "in the solution", or None when there are none
    tests: list[dict] = field(default_factory=list)
    passed: int = 0
    error: str | None = None
    branch_coverage: float | None = None
    line_coverage: float | None = None
    missed: str | None = None  # the first branch or line not covered
    mutants: int = 0  # generated
    wrong_mutants: int = 0  # known wrong by the problem's own tests
    killed: int = 0
    survivor: str | None = None  # a wrong mutant their tests missed
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def coverage_of(source: str, arcs: list[list[int]], skip: set[int]) -> tuple[float | None, float | None, str | None]:
    """(branch coverage, line coverage, first miss) of `source` given executed arcs, via coverage.py's parser."""
    from coverage.parser import PythonParser

    parser = PythonParser(text=source)
    parser.parse_source()
    executed = {tuple(a) for a in arcs}
    statements = {ln for ln in parser.statements if ln not in skip}
    ran_lines = {b for _, b in executed if b > 0} | {a for a, _ in executed if a > 0}
    ran_lines = {parser.first_line(ln) for ln in ran_lines}
    missed_lines = sorted(statements - ran_lines)
    line_cov = 1 - len(missed_lines) / len(statements) if statements else None
    possible = {(a, b) for a, b in parser.arcs() if a > 0 and a not in skip}
    branch_lines = {ln for ln, n in parser.exit_counts().items() if n > 1 and ln not in skip}
    branches = {(a, b) for a, b in possible if a in branch_lines}
    taken = branches & executed
    branch_cov = len(taken) / len(branches) if branches else None
    miss = None
    if missed_lines:
        miss = f"line {missed_lines[0]} never runs"
    elif branches - taken:
        a, b = sorted(branches - taken)[0]
        miss = f"the branch from line {a} to {'exit' if b < 0 else f'line {b}'} is never taken"
    return branch_cov, line_cov, miss


def _mutant_is_wrong(ctx: StageContext, runner: RunnerClient, problem: Problem, source: str) -> bool:
    from practice.judge.pipeline import load_solution  # the pipeline imports this module

    loaded = load_solution(runner, problem, source)
    if not loaded.ok:
        return True
    for kind in ("sample", "edge", "hidden"):
        for case in problem.tests[kind]:
            if ctx.judge(case.name, kind, case.args).failure is not None:
                return True
    return False


def run_testing(problem: Problem, runner: RunnerClient, source: str, tests_source: str | None,
                module: str = "solution") -> TestingEvidence:
    t0 = time.monotonic()
    ev = TestingEvidence()
    in_file = has_tests(source)
    if tests_source is None and not in_file:
        ev.seconds = round(time.monotonic() - t0, 3)
        return ev
    ev.source = "test_solution.py" if tests_source is not None else "in the solution"
    res = runner.run_tests(variant=source, module=module, tests_source=tests_source, trace=True,
                           timeout_s=TESTS_TIMEOUT_S, memory_mb=problem.memory_mb)
    ev.tests = (res.extra.get("tests") or [])[:200]
    ev.passed = sum(t.get("outcome") == "passed" for t in ev.tests)
    if not res.ok:
        ev.error = res.message or res.status
    skip = test_lines(source)
    try:
        ev.branch_coverage, ev.line_coverage, ev.missed = coverage_of(source, res.extra.get("arcs") or [], skip)
    except Exception as exc:  # noqa: BLE001 - coverage could not parse: say so
        ev.error = ev.error or f"coverage could not analyse the solution: {exc}"
    if not ev.tests:
        ev.seconds = round(time.monotonic() - t0, 3)
        return ev
    own_wall = res.wall_ns / 1e9
    ctx = StageContext(problem, runner)
    muts = mutants(source)
    ev.mutants = len(muts)
    for m in muts:
        if not _mutant_is_wrong(ctx, runner, problem, m.source):
            continue  # not known wrong: maybe equivalent
        ev.wrong_mutants += 1
        r = runner.run_tests(variant=m.source, module=module, tests_source=tests_source, trace=False,
                             timeout_s=min(TESTS_TIMEOUT_S, 3 * own_wall + 1.0), memory_mb=problem.memory_mb)
        outcomes = [t.get("outcome") for t in (r.extra.get("tests") or [])]
        if not r.ok or any(o != "passed" for o in outcomes) or len(outcomes) < len(ev.tests):
            ev.killed += 1
        elif ev.survivor is None:
            ev.survivor = f"line {m.line}: {m.change}"
    ev.seconds = round(time.monotonic() - t0, 3)
    return ev
