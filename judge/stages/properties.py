"""The property stage: Hypothesis on the host, every example judged in the sandbox.

Hypothesis generates argument lists from the package's strategy; each goes to the
sandbox, and the plain-data result must agree with the reference (through the
checker where there is one) and satisfy the package's invariants. A failure is
shrunk by Hypothesis to a minimal input, which the report shows.
"""
from __future__ import annotations

import copy
import time

from hypothesis import HealthCheck, Phase, given, settings

from practice.judge.report import Failure, StageRecord, TestRecord
from practice.judge.stages.context import StageContext

MAX_EXAMPLES = 60
PROPERTY_TIMEOUT_S = 2.0


class _Fail(Exception):
    pass


def run_properties(ctx: StageContext, max_examples: int = MAX_EXAMPLES) -> tuple[StageRecord, list[TestRecord], Failure | None]:
    module = ctx.problem.module("properties")
    strategy = module.args_strategy()
    invariants = getattr(module, "invariants", None)
    t0 = time.monotonic()
    last: dict = {}
    count = {"n": 0}

    @settings(max_examples=max_examples, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
              report_multiple_bugs=False, print_blob=False)
    @given(strategy)
    def prop(args):
        count["n"] += 1
        out = ctx.judge("property", "property", copy.deepcopy(args),
                        timeout_s=min(ctx.problem.case_time_s, PROPERTY_TIMEOUT_S))
        if out.failure is None and invariants is not None:
            try:
                invariants(copy.deepcopy(args), out.result.result if out.result else None)
            except AssertionError as exc:
                out.failure = Failure("property", "property", "wrong_answer",
                                      f"invariant broken: {exc}", repr(args)[:400], None,
                                      repr(out.result.result)[:400] if out.result else None)
        if out.failure is not None:
            last["failure"] = out.failure
            raise _Fail(out.failure.message)

    failure = None
    try:
        prop()
    except _Fail:
        failure = last.get("failure")
    except Exception as exc:  # noqa: BLE001 - a strategy or invariant bug is the package's fault
        failure = Failure("property", "property", "internal_error", f"the property stage failed: {exc!r}")
    if failure is not None:
        failure.name = "property (shrunk minimal input)"
    rec = TestRecord("properties", "property", "passed" if failure is None else "failed",
                     None if failure is None else failure.verdict,
                     f"{count['n']} generated inputs" + ("" if failure is None else f"; {failure.message}"))
    stage = StageRecord("properties", rec.status, count["n"] if failure is None else 0, count["n"],
                        round(time.monotonic() - t0, 3), "" if failure is None else failure.message)
    return stage, [rec], failure
