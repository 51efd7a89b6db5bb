"""Problem packages: every shipped one loads; broken ones are refused with file and field."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from practice.errors import ProblemPackageError, UsageError
from practice.judge import registry
from practice.judge.package import load_problem
from practice.judge.verify import static_issues

CORE = ["arrays/two_sum", "arrays/product_except_self", "two_pointers/window", "two_pointers/min_window",
        "two_pointers/max_area", "binary_search/rotated", "graphs/network_delay", "graphs/course_order",
        "graphs/islands", "heaps/kth_largest", "heaps/top_k_frequent", "dp/edit_distance", "dp/coin_change",
        "dp/lis", "pipelines/sessionize", "pipelines/dedupe_latest", "pipelines/moving_average"]


def shipped():
    return registry.problem_ids()


@pytest.mark.parametrize("pid", shipped())
def test_shipped_package_is_sound(pid):
    p = registry.get(pid)
    assert p.statement().strip()
    assert p.template("solution")
    assert static_issues(p) == []


def test_every_core_problem_is_in_the_bank():
    missing = [pid for pid in CORE if pid not in shipped()]
    assert missing == [], f"core problems missing from the bank: {missing}"


def _copy(tmp_path: Path) -> Path:
    src = registry.find("arrays/two_sum")
    dst = tmp_path / "arrays" / "two_sum"
    shutil.copytree(src, dst)
    return dst


def test_bad_field_names_file_and_field(tmp_path):
    pkg = _copy(tmp_path)
    meta = json.loads((pkg / "problem.json").read_text())
    meta["difficulty"] = "trivial"
    (pkg / "problem.json").write_text(json.dumps(meta))
    with pytest.raises(ProblemPackageError) as exc:
        load_problem(pkg)
    assert "problem.json" in str(exc.value) and "difficulty" in str(exc.value)


def test_missing_file_is_named(tmp_path):
    pkg = _copy(tmp_path)
    (pkg / "reference.py").unlink()
    with pytest.raises(ProblemPackageError, match="reference.py is missing"):
        load_problem(pkg)


def test_broken_json_is_named(tmp_path):
    pkg = _copy(tmp_path)
    (pkg / "problem.json").write_text("{not json")
    with pytest.raises(ProblemPackageError, match="not valid JSON"):
        load_problem(pkg)


def test_wrong_arity_test_case_is_refused(tmp_path):
    pkg = _copy(tmp_path)
    (pkg / "tests" / "sample.json").write_text(json.dumps([{"name": "x", "args": [[1, 2]]}]))
    with pytest.raises(ProblemPackageError, match="has 1 args"):
        load_problem(pkg).tests


def test_unknown_id_suggests_close_matches():
    with pytest.raises(UsageError) as exc:
        registry.get("arrays/two_summ")
    assert "arrays/two_sum" in str(exc.value)


CONTRACT = {  # ID: (function, LeetCode method or None), from ../shared/core-problems.md
    "arrays/two_sum": ("two_sum", "twoSum"), "arrays/product_except_self": ("product_except_self", "productExceptSelf"),
    "two_pointers/window": ("longest_unique_substring", "lengthOfLongestSubstring"),
    "two_pointers/min_window": ("min_window", "minWindow"), "two_pointers/max_area": ("max_area", "maxArea"),
    "binary_search/rotated": ("search_rotated", "search"), "graphs/network_delay": ("network_delay", "networkDelayTime"),
    "graphs/course_order": ("course_order", "findOrder"), "graphs/islands": ("num_islands", "numIslands"),
    "heaps/kth_largest": ("kth_largest", "findKthLargest"), "heaps/top_k_frequent": ("top_k_frequent", "topKFrequent"),
    "dp/edit_distance": ("edit_distance", "minDistance"), "dp/coin_change": ("coin_change", "coinChange"),
    "dp/lis": ("longest_increasing_subsequence", "lengthOfLIS"), "pipelines/sessionize": ("sessionize", None),
    "pipelines/dedupe_latest": ("dedupe_latest", None), "pipelines/moving_average": ("moving_average", None),
}


@pytest.mark.parametrize("pid", sorted(CONTRACT))
def test_core_entry_points_follow_the_contract(pid):
    p = registry.get(pid)
    function, method = CONTRACT[pid]
    assert p.function == function
    assert (p.leetcode or {}).get("method") == method
