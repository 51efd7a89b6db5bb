"""Every verdict from purpose-built solutions, on the local backend (fast) and in Docker."""
from __future__ import annotations

import pytest

from conftest import judge

OK = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"

CASES = {
    "accepted": OK,
    "wrong_answer": "def two_sum(nums, target):\n    return [0, 1]\n",
    "runtime_error": "def two_sum(nums, target):\n    return nums[10**9]\n",
    "compile_error": "def two_sum(nums, target)\n    return []\n",
    "invalid_submission": "def twosum(nums, target):\n    return []\n",
    "time_limit_exceeded": "def two_sum(nums, target):\n    while True:\n        pass\n",
    "memory_limit_exceeded": "def two_sum(nums, target):\n    x = [0] * (10**9)\n    return x\n",
    "output_limit_exceeded": "def two_sum(nums, target):\n    while True:\n        print('x' * 10000)\n",
}


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_verdict_local(local_backend, verdict):
    report = judge(local_backend, "arrays/two_sum", CASES[verdict], with_complexity=False)
    assert report.verdict == verdict, report.summary
    assert report.sandbox == "local" and report.isolated is False


def test_wrong_arity_is_invalid_submission(local_backend):
    report = judge(local_backend, "arrays/two_sum", "def two_sum(nums):\n    return []\n", with_complexity=False)
    assert report.verdict == "invalid_submission"
    assert "2 argument" in report.first_failure.message


def test_leetcode_paste_runs_unchanged(local_backend):
    src = ("class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
           "        d = defaultdict(int)\n        for i, x in enumerate(nums):\n"
           "            if target - x in d:\n                return [d[target - x], i]\n            d[x] = i\n")
    report = judge(local_backend, "arrays/two_sum", src, with_complexity=False)
    assert report.verdict == "accepted"
    assert report.style == "leetcode"


def test_runtime_error_traceback_shows_only_candidate_frames(local_backend):
    report = judge(local_backend, "arrays/two_sum", CASES["runtime_error"], with_complexity=False)
    tb = report.first_failure.traceback
    assert 'File "solution.py"' in tb and "runner.py" not in tb


def test_hidden_inputs_are_not_revealed(local_backend):
    src = "def two_sum(nums, target):\n    if len(nums) > 50:\n        return [0, 0]\n" + OK.split("\n", 1)[1]
    report = judge(local_backend, "arrays/two_sum", src, with_complexity=False)
    assert report.verdict == "wrong_answer"
    assert report.first_failure.kind == "hidden" and report.first_failure.input is None


def test_property_failure_is_shrunk(local_backend):
    # Wrong only when the pair sits at indices (0, 1) of a list longer than 2.
    src = ("def two_sum(nums, target):\n    if len(nums) > 2 and nums[0] + nums[1] == target:\n        return [1, 1]\n"
           + OK.split("\n", 1)[1])
    report = judge(local_backend, "arrays/two_sum", src, with_complexity=False)
    assert report.verdict == "wrong_answer"
    if report.first_failure.kind == "property":
        assert report.first_failure.input is not None and len(report.first_failure.input) < 60


@pytest.mark.docker
@pytest.mark.parametrize("verdict", sorted(CASES))
def test_verdict_docker(docker_backend, verdict):
    report = judge(docker_backend, "arrays/two_sum", CASES[verdict], with_complexity=False)
    assert report.verdict == verdict, report.summary
    assert report.sandbox == "docker" and report.isolated is True
