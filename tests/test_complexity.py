"""The complexity engine: fitting on synthetic series, and the stage end to end on purpose-built solutions."""
from __future__ import annotations

import math

import pytest

from conftest import judge
from practice.judge.complexity.classes import margin, power_of
from practice.judge.complexity.fit import Fit, classify, floor_by_space, theil_sen
from practice.judge.complexity.space import space_class

SIZES = [1000, 2000, 4000, 8000, 16000, 32000]


def series(f, scale=1e3):
    return [scale * f(n) for n in SIZES]


def test_theil_sen_recovers_exact_slopes_and_ignores_one_outlier():
    assert theil_sen(SIZES, series(lambda n: n ** 2)) == pytest.approx(2.0)
    noisy = series(lambda n: n)
    noisy[3] *= 3  # one size hit by a burst of load
    assert theil_sen(SIZES, noisy) == pytest.approx(1.0, abs=0.15)


@pytest.mark.parametrize("f,ref,ref_class,expected", [
    (lambda n: n * n, lambda n: n, "O(n)", "O(n^2)"),
    (lambda n: n * math.log(n), lambda n: n * math.log(n), "O(n log n)", "O(n log n)"),
    (lambda n: n, lambda n: n * math.log(n), "O(n log n)", "O(n log n)"),  # a log factor is not claimed
    (lambda n: n ** 3 / 1e6, lambda n: n, "O(n)", "O(n^3)"),
    (lambda n: 1e-3, lambda n: 1e-3, "O(log n)", "O(log n)"),  # below the floor: sublinear, as the reference
])
def test_classify_synthetic(f, ref, ref_class, expected):
    fit = classify(SIZES, series(f, 1e4), series(ref, 1e4), ref_class)
    assert fit.cls == expected


def test_exponential_is_named():
    sizes = [8, 12, 16, 20, 24]
    fit = classify(sizes, [1e3 * 2 ** n for n in sizes], [1e3 * n for n in sizes], "O(n^2)")
    assert fit.cls == "O(2^n)"


def test_confidence_is_low_near_a_boundary():
    assert margin(1.49) < 0.05 and power_of(1.49) == 1 and power_of(1.51) == 2


def test_space_classes():
    assert space_class(SIZES, [0, 0, 1000, 0, 2000, 0])[0] == "O(1)"
    assert space_class(SIZES, [40.0 * n for n in SIZES])[0] == "O(n)"
    kib = [0, 52, 52, 52, 52, 300]  # one noisy reading just over the floor, at the top (Docker)
    assert space_class(SIZES, [k * 1024.0 for k in kib])[0] == "O(1)"
    assert space_class(SIZES, [k * 1024.0 for k in kib[:-1] + [2048]])[0] == "O(n)"
    assert space_class(SIZES, [k * 1024.0 for k in [0, 2048, 52, 52, 52, 52]])[0] == "O(1)"
    assert space_class([100, 200, 400], [8.0 * n * n for n in (100, 200, 400)])[0] == "O(n^2)"


def test_space_reads_a_cubic_term_off_a_quadratic_peak():
    # Measured: edit distance memoised on suffix strings (benchmarks/corpus/dp__edit_distance/slice_memo_trap.py).
    kib = [24, 192, 832, 3576, 18648]
    assert space_class([16, 32, 64, 128, 256], [k * 1024.0 for k in kib], copies=True)[0] == "O(n^3)"
    # The same memory without a slice copied in a loop: a quadratic memo whose cost per state stepped up.
    assert space_class([16, 32, 64, 128, 256], [k * 1024.0 for k in kib])[0] == "O(n^2)"
    sizes = [64, 128, 256, 512]
    assert space_class(sizes, [200.0 * n * n + 3e4 * n for n in sizes], copies=True)[0] == "O(n^2)"
    assert space_class(sizes, [8.0 * n ** 3 for n in sizes])[0] == "O(n^3)"  # physically cubic


def test_time_is_at_least_space():
    fit = Fit("O(n^2)", 2.17, 0.65, "relative to the reference")
    raised = floor_by_space(fit, "O(n^3)", 2.38, 0.77)
    assert raised.cls == "O(n^3)" and raised.confidence == 0.65 and "peak memory grows like O(n^3)" in raised.note
    assert floor_by_space(fit, "O(n)", 1.0, 0.9) is fit  # never lowers
    assert floor_by_space(None, "O(n)", 1.0, 0.9) is None


QUADRATIC_PATCHING_TIME = """
import time
time.perf_counter_ns = lambda: 0
time.process_time_ns = lambda: 0
time.thread_time_ns = lambda: 0
time.perf_counter = lambda: 0.0
def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
"""

FAST_ONLY_WHEN_WRONG = """
def two_sum(nums, target):
    if len(nums) > 3500:          # larger than any test case: skip the work
        return [0, 1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""

CRASHES_ONLY_WHEN_LARGE = """
def two_sum(nums, target):
    if len(nums) > 3500:          # larger than any test case
        raise RecursionError("maximum recursion depth exceeded")
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""

QUADRATIC_BUILTIN = """
def two_sum(nums, target):
    seen = []
    for i, x in enumerate(nums):
        if target - x in seen:          # a list: `in` is a hidden linear scan
            return [seen.index(target - x), i]
        seen.append(x)
"""


def test_patching_time_does_not_make_quadratic_code_fast(local_backend):
    report = judge(local_backend, "arrays/two_sum", QUADRATIC_PATCHING_TIME, with_properties=False)
    assert report.verdict == "too_slow", report.summary
    assert report.complexity["time"].estimated in ("O(n^2)", "O(n^3)")  # sizes below the one it stopped at give a class


def test_wrong_only_on_large_inputs_is_caught_by_the_ladder(local_backend):
    report = judge(local_backend, "arrays/two_sum", FAST_ONLY_WHEN_WRONG, with_properties=False)
    assert report.verdict == "wrong_answer", report.summary
    assert report.first_failure.kind == "complexity"


def test_work_hidden_in_a_builtin_counts(local_backend):
    report = judge(local_backend, "arrays/two_sum", QUADRATIC_BUILTIN, with_properties=False)
    assert report.verdict == "too_slow", report.summary
    assert report.complexity["time"].estimated == "O(n^2)"


def test_a_crash_on_large_inputs_is_a_runtime_error_not_ignored(local_backend):
    report = judge(local_backend, "arrays/two_sum", CRASHES_ONLY_WHEN_LARGE, with_properties=False)
    assert report.verdict == "runtime_error", report.summary
    assert report.first_failure.kind == "complexity" and "large generated input" in report.first_failure.message


class _StubMeasurer:
    """Stands in for the sandbox: the extension's sizes fail the way `failure` says."""

    def __init__(self, bound: int, failure: str | None, wrong: bool = False):
        from practice.judge.complexity.measure import CALL_CAP_S

        self.problem = type("P", (), {"meta": {"constraints": {"generator_n": [bound]}}})()
        self.cap_s, self.failure, self.wrong_on_large, self.wrong = CALL_CAP_S, failure, wrong, None

    def settle(self):
        pass

    def ladder(self, shape, sizes, repeats):
        from practice.judge.complexity.measure import Ladder

        if self.wrong_on_large:
            self.wrong = (shape, sizes[0], "expected [], got [1]")
        return Ladder(shape, stopped_at=sizes[0], failure=self.failure, failure_message="boom" if self.failure else "")


def _fit():
    from practice.judge.complexity.fit import Fit

    return Fit("O(n)", 1.3, 0.4, "test")


_FIT = _fit()


def _ladder_with_top(n: int):
    from practice.judge.complexity.measure import Ladder, Samples

    ladder = Ladder("worst")
    ladder.cand[n], ladder.ref[n] = Samples(cpu_ns=[10_000_000], call_ns=[10_000_000]), Samples(cpu_ns=[5_000_000])
    return ladder


@pytest.mark.parametrize("bound,failure,kept", [
    (20000, "memory_limit_exceeded", False),   # 32000 is beyond the statement: the ladder just ends
    (20000, "runtime_error", False),
    (64000, "memory_limit_exceeded", True),    # 32000 is within it: a crash there is the verdict
])
def test_a_crash_past_the_ladder_counts_only_within_the_statements_bounds(bound, failure, kept):
    from practice.judge.complexity.verdict import _extend_up

    ladder = _ladder_with_top(16000)
    _extend_up(_StubMeasurer(bound, failure), ladder, _FIT, 1.0)
    assert ladder.stopped_at == 32000
    assert (ladder.failure == failure) is kept


@pytest.mark.parametrize("exponent,budget_s,measured", [
    (1.3, 0.1, True),    # below a quadratic reading: hidden list shifts live here, measured whatever it costs
    (2.2, 0.1, False),   # a quadratic reading: only within the shape's share of the stage (3 x (10 + 40) ms here)
    (2.2, 1.0, True),
])
def test_a_larger_size_above_a_quadratic_reading_must_fit_the_stage_budget(exponent, budget_s, measured):
    from practice.judge.complexity.fit import Fit
    from practice.judge.complexity.verdict import _extend_up

    m = _StubMeasurer(64000, None)
    asked = []
    m.ladder = lambda shape, sizes, repeats: asked.append(sizes) or _StubMeasurer.ladder(m, shape, sizes, repeats)
    _extend_up(m, _ladder_with_top(16000), Fit("O(n^2)", exponent, 0.4, "test"), budget_s)
    assert bool(asked) is measured


def test_a_wrong_result_beyond_the_statements_bounds_is_not_a_wrong_answer():
    from practice.judge.complexity.verdict import _extend_up

    m = _StubMeasurer(20000, None, wrong=True)
    _extend_up(m, _ladder_with_top(16000), _FIT, 1.0)
    assert m.wrong is None
    m = _StubMeasurer(64000, None, wrong=True)
    _extend_up(m, _ladder_with_top(16000), _FIT, 1.0)
    assert m.wrong == ("worst", 32000, "expected [], got [1]")


# --- code signals: where a log factor or a hidden list shift comes from -------------------------

def _kinds(src: str) -> list[str]:
    from practice.judge.complexity.structure import log_causes

    return [c.kind for c in log_causes(src)]


def test_code_signals_name_the_constructs_that_bring_a_log_factor():
    assert _kinds("def f(a):\n    return sorted(a)[0]\n") == ["sort"]
    assert _kinds("import heapq\ndef f(a):\n    h = []\n    for x in a:\n        heapq.heappush(h, x)\n") == ["heap"]
    assert _kinds("import heapq\ndef f(a):\n    heapq.heappush(a, 1)\n") == []  # one push: additive log n
    assert _kinds("from bisect import bisect_left\ndef f(a, t):\n    return bisect_left(a, t)\n") == ["probe"]
    binary = "def f(a, t):\n    lo, hi = 0, len(a)\n    while lo < hi:\n        mid = (lo + hi) // 2\n" \
             "        if a[mid] < t:\n            lo = mid + 1\n        else:\n            hi = mid\n    return lo\n"
    assert _kinds(binary) == ["probe"]
    on_answer = "def f(a):\n    lo, hi = 0, len(a)\n    while lo < hi:\n        mid = (lo + hi) // 2\n" \
                "        if sum(1 for x in a if x > mid) > mid:\n            lo = mid + 1\n        else:\n            hi = mid\n"
    assert _kinds(on_answer) == ["halving"]
    both_halves = "def s(a):\n    if len(a) < 2:\n        return a\n    m = len(a) // 2\n    l, r = s(a[:m]), s(a[m:])\n" \
                  "    return l + r\n"
    assert _kinds(both_halves) == ["halving", "copy", "copy"]
    one_half = "def s(a, t):\n    if not a:\n        return -1\n    m = len(a) // 2\n    if a[m] < t:\n" \
               "        return s(a[m + 1:], t)\n    return s(a[:m], t)\n"
    assert _kinds(one_half) == ["copy", "copy"]  # no log factor; each step copies a half
    assert _kinds("def f(a):\n    out = []\n    for x in a:\n        out.insert(0, x)\n    return out\n") == ["shift"]
    assert _kinds("def f(a):\n    for i in range(len(a)):\n        a[:2], a[i]\n") == []  # a fixed-size slice
    assert _kinds("def f(a):\n    return a[1:]\n") == []  # one copy, not in a loop
    assert _kinds("def f(a:\n") == []  # unparsable source: no signals, never an exception


def test_log_factor_is_chosen_from_code_only_within_the_timed_power():
    from practice.judge.complexity.fit import Fit, refine_log
    from practice.judge.complexity.structure import Cause

    sort = [Cause("sort", "sorted()", 3)]
    probe = [Cause("probe", "bisect_left()", 4)]
    linear = Fit("O(n)", 1.02, 0.9, "relative to the reference")
    assert refine_log(linear, sort).cls == "O(n log n)" and "sorted() (line 3)" in refine_log(linear, sort).method
    assert refine_log(Fit("O(n log n)", 1.05, 0.9, "m"), []).cls == "O(n)"
    assert refine_log(linear, probe).cls == "O(n)"  # one bisection adds log n, it does not multiply
    assert refine_log(Fit("O(1)", 0.1, 0.9, "m"), probe).cls == "O(log n)"
    assert refine_log(Fit("O(n^2)", 2.0, 0.9, "m"), []).cls == "O(n^2)"  # other powers: timing alone
    assert refine_log(linear, sort).confidence <= 0.7


def test_hidden_shift_needs_both_the_code_and_an_accelerating_time():
    from practice.judge.complexity.fit import Fit, refine_shift
    from practice.judge.complexity.structure import Cause

    shift = [Cause("shift", "insert() in a loop", 7)]
    fit = Fit("O(n)", 1.3, 0.8, "relative to the reference")
    sizes = [4000, 8000, 16000, 32000]
    ref = [4e6, 8e6, 16e6, 32e6]
    accelerating = [6e6, 14e6, 40e6, 130e6]   # ratio 1.5, 1.75, 2.5, 4.1
    steady = [6e6, 12.5e6, 24e6, 50e6]        # ratio ~1.5 throughout
    assert refine_shift(fit, sizes, accelerating, ref, shift).cls == "O(n^2)"
    assert refine_shift(fit, sizes, steady, ref, shift).cls == "O(n)"
    assert refine_shift(fit, sizes, accelerating, ref, []).cls == "O(n)"
    # Measured (dedupe_latest insort trap): the ladder's top is 32000; extended to 64000, the reference's
    # own cache misses grew as fast as the shift, flattening the top three sizes. The stated top still counts.
    sizes = [4000, 8000, 16000, 32000, 64000]
    ref = [2.47e6, 5.13e6, 12.0e6, 35.6e6, 108e6]
    cand = [4.33e6, 11.6e6, 47.3e6, 146e6, 412e6]
    assert refine_shift(fit, sizes, cand, ref, shift).cls == "O(n)"
    assert refine_shift(fit, sizes, cand, ref, shift, ladder_top=32000).cls == "O(n^2)"
