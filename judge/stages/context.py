"""What every stage needs: the problem, a runner holding the candidate, and call helpers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from practice.judge.backends.base import CallResult, RunnerClient
from practice.judge.compare import expected_output, judge_output, preview
from practice.judge.package import Problem
from practice.judge.report import Failure, TestRecord
from practice.judge.verdicts import STATUS_TO_VERDICT, Verdict


@dataclass
class Outcome:
    """One input judged: the record for the report, and the failure if it failed."""

    record: TestRecord
    failure: Failure | None = None
    result: CallResult | None = None


@dataclass
class StageContext:
    problem: Problem
    runner: RunnerClient
    resource_failures: int = 0  # time/memory/output limit failures so far, across stages

    RESOURCE_VERDICTS = ("time_limit_exceeded", "memory_limit_exceeded", "output_limit_exceeded")
    MAX_RESOURCE_FAILURES = 2  # after two, the remaining cases would only repeat the wait

    def call(self, args: list, timeout_s: float | None = None) -> CallResult:
        p = self.problem
        return self.runner.call(args=args, timeout_s=timeout_s or p.case_time_s, memory_mb=p.memory_mb,
                                stream_args=p.stream_args, returns=p.returns)

    def judge(self, name: str, kind: str, args: list, *, show_input: bool = True,
              timeout_s: float | None = None, expected: Any = None, has_expected: bool = False) -> Outcome:
        """Run one input in the sandbox and compare with the reference on the host."""
        res = self.call(args, timeout_s)
        cpu_ms = round(res.cpu_ns / 1e6, 3)
        shown = preview(args, 400) if show_input else None
        if not res.ok:
            verdict = STATUS_TO_VERDICT.get(res.status, Verdict.INTERNAL_ERROR)
            msg = res.message or res.status
            rec = TestRecord(name, kind, "failed", verdict.value, msg, cpu_ms)
            return Outcome(rec, Failure(name, kind, verdict.value, msg, shown, None, None, res.output[:2000],
                                        res.traceback), res)
        exp = expected if has_expected else expected_output(self.problem, args)
        why = judge_output(self.problem, args, exp, res.result)
        if why is None:
            return Outcome(TestRecord(name, kind, "passed", None, "", cpu_ms), None, res)
        rec = TestRecord(name, kind, "failed", Verdict.WRONG_ANSWER.value, why, cpu_ms)
        fail = Failure(name, kind, Verdict.WRONG_ANSWER.value, why, shown,
                       preview(exp, 400) if show_input else None,
                       preview(res.result, 400) if show_input else None, res.output[:2000])
        return Outcome(rec, fail, res)
