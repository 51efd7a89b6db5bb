"""Scoring rules in one place: the rubric lines a machine can judge, and the summary sentence.

Scores are 1-4 (3+ on every dimension is the pass bar), each with one sentence of
evidence. Correctness, edge cases and complexity come from the judged stages;
testing from the candidate's own tests (coverage and caught mutants); code
clarity from static analysis. Problem understanding and communication are not
machine-judged: mock rounds ask for them as self- or partner scores.

Thresholds (this docstring is their documentation; tests/test_scoring.py pins them):
- correctness: 4 all pass; 3 >= 90%; 2 >= 50%; else 1.
- edge cases: 4 all pass; 3 one fails out of >= 6; 2 half pass; else 1.
- complexity: 4 time and space optimal; 3 both within budget; 2 one of them; else 1.
- testing: 1 no tests (or none ran); 4 all pass, branch coverage >= 90% and >= 80% of
  known-wrong mutants caught; 3 coverage >= 75% and >= 60% caught; else 2. Tests that
  fail on the candidate's own solution cap the score at 3; fewer than 3 tests cap it at 2
  (an interviewer expects a normal case and edge cases).
- code clarity: 4 no findings, every function complexity <= 10 and <= 40 lines;
  3 <= 2 findings, complexity <= 15, <= 60 lines; 2 <= 6 findings, complexity <= 20; else 1.
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
    lines.append(testing_line(report.analysis.get("testing")))
    lines.append(clarity_line(report.analysis.get("clarity")))
    return lines


MIN_TESTS = 3


def testing_line(ev: dict | None) -> RubricLine:
    if ev is None:
        return RubricLine("testing", None, "not judged: the solution did not load, so no test could run")
    if ev["source"] is None:
        return RubricLine("testing", 1, "no tests found: write test_*.py next to the solution or def test_* in it")
    n, ok = len(ev["tests"]), ev["passed"]
    if n == 0:
        why = f": {ev['error']}" if ev.get("error") else ""
        return RubricLine("testing", 1, f"no test ran{why}")
    cov = ev["branch_coverage"] if ev["branch_coverage"] is not None else ev["line_coverage"]
    caught = ev["killed"] / ev["wrong_mutants"] if ev["wrong_mutants"] else None
    c, m = cov if cov is not None else 1.0, caught if caught is not None else 1.0
    score = 4 if ok == n and c >= 0.9 and m >= 0.8 else 3 if c >= 0.75 and m >= 0.6 else 2
    if ok < n:
        score = min(score, 3)
    if n < MIN_TESTS:
        score = min(score, 2)
    parts = [f"{n} tests, {ok} pass on your solution"]
    if cov is not None:
        kind = "branch" if ev["branch_coverage"] is not None else "line"
        parts.append(f"{kind} coverage {cov:.0%}" + (f" ({ev['missed']})" if ev.get("missed") else ""))
    if caught is not None:
        parts.append(f"caught {ev['killed']} of {ev['wrong_mutants']} wrong mutants"
                     + (f" (missed {ev['survivor']})" if ev.get("survivor") else ""))
    return RubricLine("testing", score, "; ".join(parts))


def clarity_line(ev: dict | None) -> RubricLine:
    if ev is None:
        return RubricLine("code clarity", None, "not judged")
    if ev.get("error") and not ev["functions"]:
        return RubricLine("code clarity", 1, ev["error"])
    findings, funcs = ev["findings"], ev["functions"]
    cc = max((f["complexity"] for f in funcs), default=1)
    longest = max((f["length"] for f in funcs), default=0)
    if not findings and cc <= 10 and longest <= 40:
        score = 4
    elif len(findings) <= 2 and cc <= 15 and longest <= 60:
        score = 3
    elif len(findings) <= 6 and cc <= 20:
        score = 2
    else:
        score = 1
    worst = max(funcs, key=lambda f: (f["complexity"], f["length"]), default=None)
    shape = (f"most complex: {worst['name']}() at line {worst['line']}, complexity {worst['complexity']}, "
             f"{worst['length']} lines") if worst else "no functions"
    if findings:
        f = findings[0]
        more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
        return RubricLine("code clarity", score, f"line {f['line']}: {f['code']} {f['message']}{more}; {shape}")
    return RubricLine("code clarity", score, f"no lint findings; {shape}")


ADVICE = {"correctness": "Fix correctness first", "edge cases": "Handle the edge cases",
          "complexity": "Reach the complexity budget", "testing": "Test more of your own code",
          "code clarity": "Make the code clearer"}


def overall(lines: list[RubricLine]) -> dict:
    """Pass bar: 3+ on every dimension the machine scored; the one or two lowest scores to improve."""
    scored = [ln for ln in lines if ln.score is not None]
    weakest = sorted((ln for ln in scored if ln.score < 4), key=lambda ln: ln.score)[:2]
    return {"pass_bar_met": bool(scored) and all(ln.score >= 3 for ln in scored),
            "improve": [f"{ADVICE.get(ln.dimension, ln.dimension)} ({ln.score}/4): {ln.evidence}" for ln in weakest]}


def summary_line(report: Report) -> str:
    f = report.first_failure
    if report.verdict == "accepted":
        t = report.complexity["time"].estimated if report.complexity else None
        return f"Accepted: every case and property passes{f', time {t}' if t else ''}."
    if f is None:
        return report.verdict
    return f"{report.verdict.replace('_', ' ').capitalize()} on {f.kind} {f.name}: {f.message}"
