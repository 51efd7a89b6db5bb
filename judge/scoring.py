"""Scoring rules in one place: the rubric lines a machine can judge, and the summary sentence.

Scores are 1-4 (3+ on every dimension is the pass bar). This first version scores
correctness, edge cases and complexity from the report; testing and code clarity
are listed as not yet judged rather than invented.
"""
from __future__ import annotations

from practice.judge.package import Problem
from practice.judge.report import Report, RubricLine


def _share(report: Report, kinds: tuple[str, ...]) -> tuple[int, int, list[str]]:
    recs = [t for t in report.tests if t.kind in kinds]
    failed = [t.name for t in recs if t.status == "failed"]
    return len(recs) - len(failed), len(recs), failed


def rubric(problem: Problem, report: Report) -> list[RubricLine]:
    lines: list[RubricLine] = []
    passed, total, failed = _share(report, ("sample", "hidden", "property"))
    if total == 0:
        lines.append(RubricLine("correctness", 1, f"the solution did not run: {report.verdict}"))
    else:
        share = passed / total
        score = 4 if share == 1 else 3 if share >= 0.9 else 2 if share >= 0.5 else 1
        first = f"; first failure: {failed[0]}" if failed else ""
        lines.append(RubricLine("correctness", score, f"{passed} of {total} sample, hidden and property checks passed{first}"))
    passed, total, failed = _share(report, ("edge",))
    if total == 0:
        lines.append(RubricLine("edge cases", 1, "no edge case was reached"))
    else:
        score = 4 if not failed else 3 if len(failed) == 1 and total >= 6 else 2 if passed >= total / 2 else 1
        ev = f"all {total} named edge cases pass" if not failed else f"fails: {', '.join(failed[:4])}"
        lines.append(RubricLine("edge cases", score, ev))
    if report.complexity:
        t, s = report.complexity["time"], report.complexity["space"]
        if t.optimal_met and s.optimal_met:
            score = 4
        elif t.within_budget and s.within_budget:
            score = 3
        elif t.within_budget or s.within_budget:
            score = 2
        else:
            score = 1
        lines.append(RubricLine("complexity", score, f"time {t.estimated} (budget {t.budget}, optimal {t.optimal}), "
                                                     f"space {s.estimated} (budget {s.budget})"))
    else:
        lines.append(RubricLine("complexity", None, "not measured: an earlier stage failed or it was skipped"))
    lines.append(RubricLine("testing", None, "not judged yet by this version of the judge"))
    lines.append(RubricLine("code clarity", None, "not judged yet by this version of the judge"))
    return lines


def summary_line(report: Report) -> str:
    f = report.first_failure
    if report.verdict == "accepted":
        t = report.complexity["time"].estimated if report.complexity else None
        return f"Accepted: every case and property passes{f', time {t}' if t else ''}."
    if f is None:
        return report.verdict
    return f"{report.verdict.replace('_', ' ').capitalize()} on {f.kind} {f.name}: {f.message}"
