"""The rubric's scoring rules, pinned: purpose-built solutions land on each score.

Pure rules are tested on evidence dicts; the evidence itself (tests run in the
sandbox, coverage, mutants, lint) is tested end to end on the local backend.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from practice.judge import registry
from practice.judge.pipeline import check
from practice.judge.report import RubricLine
from practice.judge import scoring
from practice.judge.scoring import clarity_line, overall
from practice.judge.stages.clarity import analyse
from practice.judge.stages.mutants import mutants

SOLVE = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
         "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n    return []\n")
FULL_TESTS = ("\n\ndef test_example():\n    assert two_sum([2, 7, 11, 15], 9) == [0, 1]\n\n\n"
              "def test_second_item_pairs_later():\n    assert two_sum([1, 5, 3, 2], 5) == [2, 3]\n\n\n"
              "def test_no_pair():\n    assert two_sum([1, 2], 10) == []\n")


def ev_testing(**kw):
    base = {"source": "in the solution", "tests": [{"name": "t", "outcome": "passed"}] * 4, "passed": 4,
            "error": None, "branch_coverage": 1.0, "line_coverage": 1.0, "missed": None, "mutants": 10,
            "wrong_mutants": 10, "killed": 10, "survivor": None, "seconds": 0.1}
    base.update(kw)
    return base


@pytest.mark.parametrize("kw,score", [
    ({"source": None, "tests": [], "passed": 0}, 1),
    ({"tests": [], "passed": 0, "error": "ImportError: no module"}, 1),
    ({}, 4),
    ({"branch_coverage": 0.8}, 3),
    ({"killed": 7}, 3),
    ({"passed": 3, "tests": [{"name": "t", "outcome": "passed"}] * 3 + [{"name": "u", "outcome": "failed"}]}, 3),
    ({"branch_coverage": 0.5}, 2),
    ({"killed": 2}, 2),
    ({"passed": 2, "tests": [{"name": "t", "outcome": "passed"}] * 2}, 2),
])
def test_testing_rule(kw, score):
    assert scoring.testing_line(ev_testing(**kw)).score == score


def ev_clarity(findings=0, complexity=3, length=10):
    return {"findings": [{"line": 3, "code": "F841", "message": "unused"}] * findings,
            "functions": [{"name": "f", "line": 1, "complexity": complexity, "length": length}], "error": None}


@pytest.mark.parametrize("ev,score", [
    (ev_clarity(), 4), (ev_clarity(findings=1), 3), (ev_clarity(complexity=12), 3), (ev_clarity(length=50), 3),
    (ev_clarity(findings=4), 2), (ev_clarity(complexity=18), 2), (ev_clarity(findings=9), 1),
    (ev_clarity(complexity=25), 1),
])
def test_clarity_rule(ev, score):
    assert clarity_line(ev).score == score


def test_clarity_names_the_worst_spot_by_line():
    src = "import os\n\n\ndef two_sum(nums, target):\n    l = 0\n    unused = 1\n    return [0, 1]\n"
    line = clarity_line(_asdict(analyse(src)))
    assert line.evidence.startswith("line 1: F401") and line.score == 2


def test_leetcode_conventions_are_not_findings():
    src = ("class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
           "        seen = defaultdict(int)\n        return [seen[0], 1]\n")
    assert analyse(src).findings == []


def test_overall_pass_bar_and_the_two_lowest():
    lines = [RubricLine("correctness", 4, "a"), RubricLine("edge cases", 3, "b"), RubricLine("complexity", 2, "c"),
             RubricLine("testing", 1, "d"), RubricLine("code clarity", None, "n/a")]
    o = overall(lines)
    assert o["pass_bar_met"] is False
    assert [t.split(" (")[0] for t in o["improve"]] == ["Test more of your own code", "Reach the complexity budget"]
    assert overall([RubricLine("correctness", 3, "a"), RubricLine("testing", None, "x")])["pass_bar_met"] is True


def test_mutants_come_from_the_candidates_code_and_skip_its_tests():
    ms = mutants(SOLVE + FULL_TESTS)
    assert ms and all(m.line <= 7 for m in ms)
    assert any(m.change == "- -> +" for m in ms)


def _asdict(x):
    from dataclasses import asdict

    return asdict(x)


def _judge(local_backend, source, **kw):
    return check(registry.get("arrays/two_sum"), source, "solution.py", local_backend, with_complexity=False, **kw)


def _line(report, dim):
    return next(ln for ln in report.rubric if ln.dimension == dim)


def test_no_tests_scores_1(local_backend):
    r = _judge(local_backend, SOLVE)
    assert _line(r, "testing").score == 1 and "no tests found" in _line(r, "testing").evidence


def test_thorough_tests_in_the_solution_score_4(local_backend):
    r = _judge(local_backend, SOLVE + FULL_TESTS)
    t = r.analysis["testing"]
    assert (len(t["tests"]), t["passed"], t["branch_coverage"]) == (3, 3, 1.0), t
    assert t["wrong_mutants"] >= 1 and t["killed"] == t["wrong_mutants"]
    assert _line(r, "testing").score == 4


def test_one_happy_path_test_scores_2_and_names_the_miss(local_backend):
    tests = "\n\ndef test_example():\n    assert two_sum([2, 7, 11, 15], 9) == [0, 1]\n"
    r = _judge(local_backend, SOLVE, tests_source="from solution import two_sum" + tests)
    line = _line(r, "testing")
    assert line.score == 2 and "never runs" in line.evidence  # `return []` is never reached


def test_tests_that_assert_nothing_catch_no_mutant(local_backend):
    tests = ("from solution import two_sum\n\n\ndef test_runs():\n    two_sum([2, 7, 11, 15], 9)\n"
             "    two_sum([1, 2], 10)\n    two_sum([1, 5, 3, 2], 5)\n")
    r = _judge(local_backend, SOLVE, tests_source=tests)
    t = r.analysis["testing"]
    assert t["branch_coverage"] == 1.0 and t["killed"] < t["wrong_mutants"] and t["survivor"]  # only crashes caught
    assert _line(r, "testing").score == 2


def test_pytest_style_parametrize_and_raises_work_without_pytest_in_the_sandbox(local_backend):
    tests = ("import pytest\nfrom solution import two_sum\n\n\n"
             "@pytest.mark.parametrize('nums,target,want', [([1, 5], 6, [0, 1]), ([5, 1, 9], 10, [1, 2])])\n"
             "def test_table(nums, target, want):\n    assert two_sum(nums, target) == want\n\n\n"
             "def test_bad_input():\n    with pytest.raises(TypeError):\n        two_sum(None, 1)\n")
    r = _judge(local_backend, SOLVE, tests_source=tests)
    assert [t["outcome"] for t in r.analysis["testing"]["tests"]] == ["passed"] * 3


def test_rubric_only_rescoring_reuses_the_cached_report(tmp_path):
    sol = tmp_path / "sol.py"
    sol.write_text(SOLVE)
    env = dict(os.environ, PRACTICE_CACHE_DIR=str(tmp_path / "cache"))
    run = lambda *a: subprocess.run([sys.executable, "-m", "practice", "check", "arrays/two_sum", str(sol), "--local",
                                     "--json", *a], capture_output=True, text=True, env=env, timeout=300)
    missing = run("--rubric-only")
    assert missing.returncode == 2 and "no earlier full check" in missing.stderr
    first = json.loads(run().stdout)
    assert _dim(first, "testing") == 1
    (tmp_path / "test_sol.py").write_text("from sol import two_sum" + FULL_TESTS)
    again = json.loads(run("--rubric-only").stdout)
    assert again["stages"] == first["stages"] and again["complexity"] == first["complexity"]  # not re-judged
    assert _dim(again, "testing") == 4 and again["seconds"] < first["seconds"]


def _dim(report, dim):
    return next(ln["score"] for ln in report["rubric"] if ln["dimension"] == dim)


@pytest.mark.docker
def test_the_candidates_tests_run_in_the_docker_sandbox(docker_backend):
    r = check(registry.get("arrays/two_sum"), SOLVE + FULL_TESTS + "\n\ndef test_escape():\n"
              "    import os\n    assert not os.path.exists('/work'), 'the host is visible'\n",
              "solution.py", docker_backend, with_complexity=False)
    t = r.analysis["testing"]
    assert r.isolated and t["passed"] == len(t["tests"]) == 4, t
    assert _line(r, "testing").score == 4
