"""The complexity engine: fitting on synthetic series, and the stage end to end on purpose-built solutions."""
from __future__ import annotations

import math

import pytest

from conftest import judge
from practice.judge.complexity.classes import margin, power_of
from practice.judge.complexity.fit import classify, theil_sen
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
    assert space_class([100, 200, 400], [8.0 * n * n for n in (100, 200, 400)])[0] == "O(n^2)"


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
    assert report.complexity["time"].estimated in ("O(n^2)", "O(n^3)", None)


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
