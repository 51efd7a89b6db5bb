"""The example-based stages: sample, edge and hidden cases, each judged on the host."""
from __future__ import annotations

import time

from practice.judge.report import Failure, StageRecord, TestRecord
from practice.judge.stages.context import StageContext


def run_cases(ctx: StageContext, kind: str, *, reveal: bool) -> tuple[StageRecord, list[TestRecord], Failure | None]:
    """Judge every case of one kind; keep going after a failure so the report lists all of them.

    `reveal` is False for hidden cases: their inputs stay out of the report.
    """
    t0 = time.monotonic()
    records: list[TestRecord] = []
    first: Failure | None = None
    for case in ctx.problem.tests[kind]:
        if ctx.resource_failures >= ctx.MAX_RESOURCE_FAILURES:
            records.append(TestRecord(case.name, kind, "skipped", None,
                                      "skipped after two cases hit a time, memory or output limit"))
            continue
        out = ctx.judge(case.name, kind, case.args, show_input=reveal)
        records.append(out.record)
        ctx.resource_failures += out.record.verdict in ctx.RESOURCE_VERDICTS
        if out.failure and first is None:
            first = out.failure
    passed = sum(r.status == "passed" for r in records)
    ran = [r for r in records if r.status != "skipped"]
    stage = StageRecord(kind, "passed" if first is None else "failed", passed, len(records),
                        round(time.monotonic() - t0, 3),
                        "" if first is None else f"{len(ran) - passed} failed; first: {first.name}")
    return stage, records, first
