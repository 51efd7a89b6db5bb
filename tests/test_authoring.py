"""`practice new` then `practice verify`: the skeleton fails until filled in, and passes once it is."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from practice.judge.package import load_problem
from practice.judge.scaffold import scaffold
from practice.judge.verify import static_issues, verify_problem

REFERENCE = "def count_distinct(nums):\n    return len(set(nums))\n"
SUBMISSIONS = {
    "accepted/reference_copy.py": "# A set of the values: O(n).\n" + REFERENCE,
    "accepted/sort_and_count.py": ("# Sort a copy, count value changes: O(n log n).\ndef count_distinct(nums):\n"
                                   "    s = sorted(nums)\n    return sum(1 for i, x in enumerate(s) if i == 0 or x != s[i - 1])\n"),
    "wrong_answer/edge_only.py": ("# Forgets that an empty list has no values.\ndef count_distinct(nums):\n"
                                  "    return len(set(nums)) if nums else 1\n"),
    "wrong_answer/property_only.py": ("# Counts absolute values, so x and -x merge.\ndef count_distinct(nums):\n"
                                      "    return len({abs(x) for x in nums})\n"),
    "too_slow/quadratic.py": ("# Compares every pair: O(n^2).\ndef count_distinct(nums):\n    count = 0\n"
                              "    for i in range(len(nums)):\n        seen = False\n        for j in range(i):\n"
                              "            if nums[j] == nums[i]:\n                seen = True\n                break\n"
                              "        count += not seen\n    return count\n"),
}


def _cases(named: list[tuple[str, list]]) -> str:
    return json.dumps([{"name": n, "args": [v], "expected": len(set(v))} for n, v in named], indent=2)


def fill(root: Path) -> None:
    meta = json.loads((root / "problem.json").read_text())
    meta.update(title="Count Distinct", entry={"function": "count_distinct", "params": ["nums"]},
                constraints={"bounds": {"len(nums)": [0, 128000]}, "reach": ["len(nums)"], "generator_n": [128000]},
                hints=["Hashing.", "Put the values in a set.", "O(n) time, O(n) space."])
    (root / "problem.json").write_text(json.dumps(meta, indent=2))
    (root / "statement.md").write_text("# Count Distinct\n\nReturn how many distinct values `nums` holds.\n\n"
                                       "## Constraints\n\n- `0 <= len(nums) <= 128000`\n")
    (root / "templates/solution.py").write_text("def count_distinct(nums):\n    ...\n")
    (root / "reference.py").write_text(REFERENCE)
    (root / "tests/sample.json").write_text(_cases([("example_1", [1, 2, 2, 3])]))
    (root / "tests/edge.json").write_text(_cases([("empty", []), ("single", [7]), ("negatives", [-1, -2, -2]),
                                                  ("all_equal", [5, 5, 5]), ("zeros", [0, 0, 1])]))
    (root / "tests/hidden.json").write_text(_cases([(f"random_{i}", list(range(i, 3 * i, 2)) * 2) for i in range(1, 8)]))
    (root / "properties.py").write_text(
        "from hypothesis import strategies as st\n\n\ndef args_strategy():\n"
        "    return st.lists(st.integers(-100, 100), max_size=30).map(lambda nums: [nums])\n\n\n"
        "def invariants(args, got):\n    assert 0 <= got <= len(args[0]), f'{got} is not a possible count'\n")
    (root / "generator.py").write_text(
        "import random\n\nSHAPES = ('worst', 'random')\n\n\ndef generate(n, shape, rng):\n"
        "    if shape == 'worst':\n        return [list(range(n))]\n"
        "    return [[rng.randint(0, n) for _ in range(n)]]\n\n\n"
        "def measure(nums):\n    return {'len(nums)': len(nums)}\n")
    for rel in list((root / "submissions").rglob("*.py")):
        rel.unlink()
    for rel, text in SUBMISSIONS.items():
        (root / "submissions" / rel).write_text(text)


def test_skeleton_fails_then_filled_package_verifies(tmp_path, local_backend):
    root = scaffold("arrays/count_distinct", tmp_path)
    issues = static_issues(load_problem(root, expected_id="arrays/count_distinct"))
    assert issues and all("TODO(practice new)" in i for i in issues)
    fill(root)
    result = verify_problem(load_problem(root, expected_id="arrays/count_distinct"), local_backend)
    got = {s["file"]: (s["got"], s["caught_by"]) for s in result["submissions"]}
    assert result["ok"], (result["issues"], got)
    assert got["submissions/wrong_answer/edge_only.py"] == ("wrong_answer", ["edge"])
    assert got["submissions/wrong_answer/property_only.py"] == ("wrong_answer", ["properties"])


def test_new_refuses_bad_ids_and_existing_packages(tmp_path):
    env = dict(os.environ, PRACTICE_PROBLEMS=str(tmp_path))
    run = lambda *a: subprocess.run([sys.executable, "-m", "practice", "new", *a], capture_output=True, text=True, env=env)
    assert run("graphs/bridges").returncode == 0
    again = run("graphs/bridges")
    assert again.returncode == 2 and "already exists" in again.stderr
    bad = run("Graphs")
    assert bad.returncode == 2 and "not a problem ID" in bad.stderr
    assert sorted(p.name for p in (tmp_path / "graphs").iterdir()) == ["bridges"]  # nothing half-written


def test_verify_catches_a_misnamed_edge_case(tmp_path):
    root = scaffold("arrays/count_distinct", tmp_path)
    fill(root)
    cases = json.loads((root / "tests/edge.json").read_text())
    cases[0]["args"] = [[3]]  # "empty" that is not empty
    cases[0]["expected"] = 1
    (root / "tests/edge.json").write_text(json.dumps(cases))
    issues = static_issues(load_problem(root, expected_id="arrays/count_distinct"))
    assert any("does not exercise 'empty'" in i for i in issues)


def _constraint_issues_after(tmp_path, edit) -> list[str]:
    root = scaffold("arrays/count_distinct", tmp_path)
    fill(root)
    edit(root)
    return static_issues(load_problem(root, expected_id="arrays/count_distinct"))


def _set_constraints(root: Path, **change) -> None:
    meta = json.loads((root / "problem.json").read_text())
    meta["constraints"].update(change)
    (root / "problem.json").write_text(json.dumps(meta))


def test_filled_package_states_and_reaches_its_bounds(tmp_path):
    assert _constraint_issues_after(tmp_path, lambda root: None) == []


def test_verify_catches_statement_bounds_the_generator_does_not_keep(tmp_path):
    # The statement promises 10^6 elements, the generator is never asked for them.
    def unstated(root):
        _set_constraints(root, bounds={"len(nums)": [0, 1000000]}, generator_n=[128000])
    issues = _constraint_issues_after(tmp_path / "a", unstated)
    assert any("does not state the bound 1000000 of len(nums)" in i for i in issues)
    assert any("no shape at generator_n [128000] reaches len(nums) = 1000000 (largest 128000)" in i for i in issues)

    # The ladder measures on inputs the statement rules out.
    def beyond(root):
        (root / "statement.md").write_text("# C\n\n## Constraints\n\n- `0 <= len(nums) <= 10^5`\n")
        _set_constraints(root, bounds={"len(nums)": [0, 100000]}, generator_n=[100000])
    issues = _constraint_issues_after(tmp_path / "b", beyond)
    assert any("ladder goes to n=128000, beyond the largest generator_n 100000" in i for i in issues)
    assert any("shape 'worst' at n=128000 gives len(nums) = 128000, above the stated 100000" in i for i in issues)

    # A value range the generator breaks, and a quantity measure() does not report.
    def values(root):
        (root / "statement.md").write_text("# C\n\n## Constraints\n\n- `0 <= len(nums) <= 128000`\n"
                                           "- `0 <= nums[i] <= 1000`\n")
        _set_constraints(root, bounds={"len(nums)": [0, 128000], "nums[i]": [0, 1000]})
    issues = _constraint_issues_after(tmp_path / "c", values)
    assert "measure() does not report 'nums[i]'" in issues

    def no_section(root):
        (root / "statement.md").write_text("# C\n\nNo constraints written.\n")
    assert "statement.md has no '## Constraints' section" in _constraint_issues_after(tmp_path / "d", no_section)


def test_verify_catches_a_reference_too_slow_for_the_stated_bound(tmp_path):
    def slow(root):
        (root / "reference.py").write_text("import time\n\ndef count_distinct(nums):\n"
                                           "    if len(nums) > 100000:  # burns CPU: the check reads the reference's CPU time\n"
                                           "        t = time.thread_time()\n"
                                           "        while time.thread_time() - t < 2.1:\n            pass\n"
                                           "    return len(set(nums))\n")
    issues = _constraint_issues_after(tmp_path, slow)
    assert any("the reference takes" in i and "over the per-case limit 2 s" in i for i in issues)


def test_written_numbers_reads_the_spellings_statements_use():
    from practice.judge.constraints import written_numbers

    found = written_numbers("`1 <= n <= 10^5`, `m <= 2 * 10^5`, 100,000 rows, 1e6 bytes, 10⁹, 2**20, -10^4 <= x")
    assert {1e5, 2e5, 1e6, 1e9, 2.0 ** 20, 1e4} <= found
