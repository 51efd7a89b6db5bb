"""One submission's path: load -> samples -> edge -> hidden -> properties -> complexity -> score.

`check()` returns a Report whatever the candidate did; only faults of the
environment (no Docker, broken package) raise, as PracticeError.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import asdict
from typing import Callable

from practice.errors import PracticeError
from practice.judge.backends.base import RunnerClient
from practice.judge.backends.local import LocalBackend
from practice.judge.package import Problem
from practice.judge.report import Failure, Report, StageRecord, TestRecord
from practice.judge.scoring import overall, rubric, summary_line
from practice.judge.complexity.verdict import analyse as analyse_complexity
from practice.judge.stages.cases import run_cases
from practice.judge.stages.context import StageContext
from practice.judge.stages.clarity import analyse as analyse_clarity
from practice.judge.stages.properties import run_properties
from practice.judge.stages.testing import run_testing
from practice.judge.verdicts import STATUS_TO_VERDICT, Verdict

Progress = Callable[[str], None]


def load_solution(runner: RunnerClient, problem: Problem, source: str):
    lc = problem.leetcode or {}
    return runner.load(source, function=problem.function, lc_class=lc.get("class"), lc_method=lc.get("method"),
                       nargs=len(problem.params))


def reference_runner(problem: Problem) -> RunnerClient:
    """A trusted local runner holding the reference, measured exactly like the candidate."""
    runner = RunnerClient(LocalBackend().open)
    res = load_solution(runner, problem, problem.reference_source)
    if not res.ok:
        runner.close()
        raise PracticeError(f"{problem.root}/reference.py does not load: {res.message}", "Fix the package.")
    return runner


def check(problem: Problem, source: str, file: str, backend, *, with_complexity: bool = True,
          with_properties: bool = True, with_testing: bool = True, tests_source: str | None = None,
          module: str = "solution", progress: Progress = lambda s: None) -> Report:
    """Judge one submission. `tests_source`: the candidate's own test file, if any (`module` is the
    name it imports the solution by); tests written inside the solution are found without it."""
    t0 = time.monotonic()
    report = Report(problem=problem.id, title=problem.title, file=file, verdict=Verdict.INTERNAL_ERROR.value,
                    sandbox=backend.name, isolated=backend.isolated, summary="")
    runner = RunnerClient(backend.open)
    try:
        _run(problem, source, runner, report, with_complexity, with_properties, progress)
        report.analysis["clarity"] = asdict(analyse_clarity(source))
        if with_testing and report.stages and report.stages[0].status == "passed":
            progress("running your own tests")
            report.analysis["testing"] = run_testing(problem, runner, source, tests_source, module).to_dict()
    except PracticeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a judge bug must still produce a report
        report.verdict = Verdict.INTERNAL_ERROR.value
        report.first_failure = Failure("judge", "load", "internal_error",
                                       f"the judge failed: {type(exc).__name__}: {exc}",
                                       traceback="".join(traceback.format_exception(exc))[-3000:])
    finally:
        runner.close()
    report.rubric = rubric(problem, report)
    report.overall = overall(report.rubric)
    report.summary = summary_line(report)
    report.seconds = round(time.monotonic() - t0, 3)
    return report


def _run(problem: Problem, source: str, runner: RunnerClient, report: Report, with_complexity: bool,
         with_properties: bool, progress: Progress) -> None:
    progress("starting the sandbox")
    t = time.monotonic()
    loaded = load_solution(runner, problem, source)
    report.sandbox = runner.backend if runner.session else report.sandbox
    load_stage = StageRecord("load", "passed" if loaded.ok else "failed", int(loaded.ok), 1,
                             round(time.monotonic() - t, 3), loaded.message)
    report.stages.append(load_stage)
    if not loaded.ok:
        verdict = STATUS_TO_VERDICT.get(loaded.status, Verdict.INTERNAL_ERROR)
        report.verdict = verdict.value
        report.first_failure = Failure("load", "load", verdict.value, loaded.message, traceback=loaded.traceback)
        _skip(report, "sample", "edge", "hidden", "properties", "complexity")
        return
    report.style = loaded.extra.get("style")
    ctx = StageContext(problem, runner)

    failures: list[Failure] = []
    for kind in ("sample", "edge", "hidden"):
        progress(f"running {kind} cases")
        stage, records, first = run_cases(ctx, kind, reveal=kind != "hidden")
        report.stages.append(stage)
        report.tests += records
        if first:
            failures.append(first)

    only_slow = failures and all(f.verdict == Verdict.TIME_LIMIT_EXCEEDED.value and f.kind == "hidden" for f in failures)
    if failures and not only_slow:
        report.verdict = failures[0].verdict
        report.first_failure = failures[0]
        _skip(report, "properties", "complexity")
        return

    if with_properties and not failures:
        progress("checking properties with Hypothesis")
        stage, records, first = run_properties(ctx)
        report.stages.append(stage)
        report.tests += records
        if first:
            report.verdict = first.verdict
            report.first_failure = first
            _skip(report, "complexity")
            return
    elif not with_properties:
        _skip(report, "properties", why="not requested")
    else:
        _skip(report, "properties", why="a hidden case ran out of time; the complexity stage decides why")

    if not with_complexity and not only_slow:
        _skip(report, "complexity", why="not requested")
        report.verdict = Verdict.ACCEPTED.value
        return

    progress("measuring time and space across input sizes")
    t = time.monotonic()
    ref = reference_runner(problem)
    try:
        parts, wrong = analyse_complexity(problem, runner, ref, source=source)
    finally:
        ref.close()
    report.complexity = parts
    if wrong is not None:
        shape, n, verdict, why = wrong
        name = f"{shape} input, n={n}"
        what = "wrong answer" if verdict == Verdict.WRONG_ANSWER.value else verdict.replace("_", " ")
        report.stages.append(StageRecord("complexity", "failed", 0, 1, round(time.monotonic() - t, 3),
                                         f"{what} on a large input: {why}"))
        report.tests.append(TestRecord(name, "complexity", "failed", verdict, why))
        report.verdict = verdict
        report.first_failure = Failure(name, "complexity", verdict, f"{what} on a large generated input (n={n}): {why}")
        return
    over = [k for k, p in parts.items() if p.within_budget is False]
    stage = StageRecord("complexity", "failed" if over else "passed", 2 - len(over), 2, round(time.monotonic() - t, 3),
                        "; ".join(parts[k].explanation for k in over))
    report.stages.append(stage)
    for k, p in parts.items():
        report.tests.append(TestRecord(f"{k} complexity", "complexity", "failed" if p.within_budget is False else "passed",
                                       Verdict.TOO_SLOW.value if p.within_budget is False else None, p.explanation))
    if over:
        report.verdict = Verdict.TOO_SLOW.value
        report.first_failure = Failure(f"{over[0]} complexity", "complexity", Verdict.TOO_SLOW.value,
                                       parts[over[0]].explanation)
    elif only_slow:
        report.verdict = Verdict.TIME_LIMIT_EXCEEDED.value
        report.first_failure = failures[0]
    else:
        report.verdict = Verdict.ACCEPTED.value


def _skip(report: Report, *names: str, why: str = "an earlier stage failed") -> None:
    for name in names:
        report.stages.append(StageRecord(name, "skipped", message=why))
