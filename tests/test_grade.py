"""`practice grade` on a generated study-group repository, through the real CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

GOOD = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n")
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"
NOISY = ("import sys\nprint('::set-output name=x::pwned')\nprint('::error file=x::forged')\n"
         "def two_sum(nums, target):\n    raise ValueError('::warning::forged \\x1b[2J\\x1b]0;title\\x07 boom')\n")


def make_repo(root: Path) -> Path:
    repo = root / "group"
    sol = repo / "solutions"
    (sol / "alice" / "arrays").mkdir(parents=True)
    (sol / "alice" / "arrays" / "two_sum.py").write_text(GOOD)
    (sol / "bob").mkdir(parents=True)
    (sol / "bob" / "arrays__two_sum.py").write_text(WRONG)
    (sol / "bob" / "arrays__no_such_problem.py").write_text(GOOD)
    (sol / "bob" / "notes.txt").write_text("not a solution")
    (sol / "carol").mkdir()
    (sol / "carol" / "arrays__two_sum.py").write_text(NOISY)
    (sol / "carol" / "two_pointers__window.py").write_bytes(b"# \xff\xfe not utf-8\n")
    (sol / "dave" / "arrays").mkdir(parents=True)
    (root / "secret.py").write_text("SECRET = 'outside-the-repo'\n")
    (sol / "dave" / "arrays" / "two_sum.py").symlink_to(root / "secret.py")
    (sol / "dave" / "arrays" / "product_except_self.py").write_text("x = 1\n" * 60000)
    return repo


def grade(repo: Path, *args, env=None):
    return subprocess.run([sys.executable, "-m", "practice", "grade", "--repo", str(repo), *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=900)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("grade")
    repo = make_repo(root)
    summary = root / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "PRACTICE_CANARY": "canary-in-ci-env"}
    proc = grade(repo, "--trust-local-code", "--out", str(root / "out"), "--jobs", "2", env=env)
    return root, repo, proc, summary


def _results(out: Path) -> dict:
    return {(r["member"], r["path"].split("/", 2)[2]): r for r in json.loads((out / "report.json").read_text())["results"]}


def test_every_submission_is_graded_or_its_members_error(graded):
    root, repo, proc, _ = graded
    assert proc.returncode == 0, proc.stderr
    res = _results(root / "out")
    assert res[("alice", "arrays/two_sum.py")]["verdict"] == "accepted"
    assert res[("bob", "arrays__two_sum.py")]["verdict"] == "wrong_answer"
    assert "names no known problem" in res[("bob", "arrays__no_such_problem.py")]["error"]
    assert res[("carol", "arrays__two_sum.py")]["verdict"] == "runtime_error"
    assert "not UTF-8" in res[("carol", "two_pointers__window.py")]["error"]
    assert "outside the repository" in res[("dave", "arrays/two_sum.py")]["error"]
    assert "over the 256 KiB limit" in res[("dave", "arrays/product_except_self.py")]["error"]
    assert "outside-the-repo" not in (root / "out" / "report.json").read_text()


def test_reports_validate_and_parse(graded):
    root, *_ = graded
    from practice.judge.report import resources

    schema = json.loads(resources.files("practice.judge").joinpath("schemas/grade.schema.json").read_text())
    rep = json.loads((root / "out" / "report.json").read_text())
    jsonschema.validate(rep, schema, cls=jsonschema.Draft202012Validator)
    assert rep["leaderboard"][0]["member"] == "alice"
    suite = ET.parse(root / "out" / "junit.xml").getroot().find("testsuite")
    assert int(suite.get("tests")) == 7 and int(suite.get("errors")) == 4
    md = (root / "out" / "leaderboard.md").read_text()
    assert "| 1 | alice | 1 | 1 |" in md and "### dave" in md


def test_nothing_a_submission_prints_acts_on_ci(graded):
    root, repo, proc, summary = graded
    lines = proc.stdout.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("::stop-commands::"))
    token = lines[start].split("::")[2]
    end = lines.index(f"::{token}::")
    assert start < end
    for ln in lines[end + 1:]:
        assert not ln.startswith("::") or ln.startswith(("::error file=", "::notice title=practice grade"))
    assert "\x1b" not in proc.stdout and "\x1b" not in summary.read_text()
    assert "::set-output" not in summary.read_text() and "::warning::" not in proc.stdout
    annotations = [ln for ln in lines[end + 1:] if ln.startswith("::error")]
    assert len(annotations) == 6 and all("::" not in ln.split("::", 2)[2] for ln in annotations)
    assert "canary-in-ci-env" not in (root / "out" / "report.json").read_text()


def test_unchanged_submissions_come_from_the_cache(graded):
    root, repo, _, _ = graded
    (repo / "solutions" / "bob" / "arrays__two_sum.py").write_text(GOOD)
    again = grade(repo, "--trust-local-code", "--out", str(root / "out2"))
    assert again.returncode == 0
    res = _results(root / "out2")
    assert res[("bob", "arrays__two_sum.py")]["verdict"] == "accepted"  # the same text as alice's: her result
    assert res[("alice", "arrays/two_sum.py")]["cached"] is True and res[("carol", "arrays__two_sum.py")]["cached"]
    assert len(res) == 7 and "(3 from cache)" in again.stdout


def test_shards_merge_into_the_whole(graded, tmp_path):
    root, repo, _, _ = graded
    parts = []
    for i in (1, 2):
        out = tmp_path / f"s{i}"
        assert grade(repo, "--trust-local-code", "--shard", f"{i}/2", "--out", str(out)).returncode == 0
        parts.append(out / "report.json")
    keys = [set(_results(p.parent)) for p in parts]
    assert not (keys[0] & keys[1])
    merged = subprocess.run([sys.executable, "-m", "practice", "grade", "merge", *map(str, parts), "--out",
                             str(tmp_path / "m")], capture_output=True, text=True)
    assert merged.returncode == 0, merged.stderr
    assert set(_results(tmp_path / "m")) == keys[0] | keys[1] == set(_results(root / "out2"))


def test_fail_on_a_member_and_run_errors(graded, tmp_path):
    root, repo, _, _ = graded
    assert grade(repo, "--trust-local-code", "--fail-on", "member:carol", "--out", str(tmp_path / "o")).returncode == 1
    assert grade(repo, "--trust-local-code", "--fail-on", "member:alice", "--out", str(tmp_path / "o")).returncode == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = grade(empty, "--trust-local-code")
    assert proc.returncode == 2 and "no solutions/ folder" in proc.stderr


def test_grade_refuses_without_docker_unless_told_the_code_is_trusted(tmp_path):
    repo = make_repo(tmp_path)
    proc = grade(repo, env={"DOCKER_HOST": "unix:///nonexistent.sock"})
    assert proc.returncode == 2 and "Docker is not reachable" in proc.stderr


@pytest.mark.docker
def test_grade_in_docker(docker_backend, tmp_path):
    repo = tmp_path / "g"
    (repo / "solutions" / "erin").mkdir(parents=True)
    (repo / "solutions" / "erin" / "arrays__two_sum.py").write_text(GOOD)
    (repo / "solutions" / "erin" / "two_pointers__window.py").write_text("import os\ndef longest_unique_substring(s):\n"
                                                                        "    return len(os.environ)\n")
    proc = grade(repo, "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    res = _results(tmp_path / "out")
    assert res[("erin", "arrays__two_sum.py")]["verdict"] == "accepted"
    assert res[("erin", "two_pointers__window.py")]["verdict"] == "wrong_answer"


def test_config_deadline_and_weights(tmp_path):
    repo = tmp_path / "g"
    (repo / "solutions" / "fay").mkdir(parents=True)
    (repo / "solutions" / "fay" / "arrays__two_sum.py").write_text(GOOD)
    (repo / "practice-grade.toml").write_text('deadline = "2020-01-01T00:00:00+00:00"\n[weights]\n"arrays/two_sum" = 3\n')
    git = lambda *a: subprocess.run(["git", "-C", str(repo), *a], check=True, capture_output=True,
                                    env={**os.environ, "GIT_AUTHOR_NAME": "f", "GIT_AUTHOR_EMAIL": "f@x",
                                         "GIT_COMMITTER_NAME": "f", "GIT_COMMITTER_EMAIL": "f@x"})
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "late")
    proc = grade(repo, "--trust-local-code", "--out", str(tmp_path / "o"))
    assert proc.returncode == 0
    r = _results(tmp_path / "o")[("fay", "arrays__two_sum.py")]
    assert r["verdict"] is None and "after the deadline" in r["error"]
    (repo / "practice-grade.toml").write_text('[weights]\n"arrays/two_sum" = 3\n')
    assert grade(repo, "--trust-local-code", "--out", str(tmp_path / "o2")).returncode == 0
    board = json.loads((tmp_path / "o2" / "report.json").read_text())["leaderboard"]
    assert board == [{"member": "fay", "solved": 1, "score": 3.0, "attempted": 1, "errors": 0}]
    (repo / "practice-grade.toml").write_text('colour = "red"\n')
    bad = grade(repo, "--trust-local-code")
    assert bad.returncode == 2 and "unknown keys: colour" in bad.stderr


def test_ci_limits_are_respected_and_said():
    from practice.grade import outputs
    from practice.grade.run import Result

    many = [Result(f"m{i}", "arrays/two_sum", f"solutions/m{i}/arrays__two_sum.py", "wrong_answer", None,
                   "Wrong answer ::set-env", {}, 1.0) for i in range(25)]
    notes = outputs.annotations(many)
    assert len(notes) == 11 and notes[-1].startswith("::notice") and "15 more" in notes[-1]
    assert all(n.count("::") == 2 for n in notes[:10])  # the submission's own "::" is defused
    huge = "| row |\n" * 400_000
    cut = outputs.fit_summary(huge)
    assert len(cut.encode()) < 1024 * 1024 and "cut at GitHub's 1 MiB limit" in cut


def test_a_hanging_submission_costs_only_its_own_limits(tmp_path):
    import time as _time

    repo = tmp_path / "g"
    (repo / "solutions" / "gil").mkdir(parents=True)
    (repo / "solutions" / "gil" / "arrays__two_sum.py").write_text("def two_sum(nums, target):\n    while True:\n"
                                                                  "        pass\n")
    (repo / "solutions" / "hal").mkdir(parents=True)
    (repo / "solutions" / "hal" / "arrays__two_sum.py").write_text(GOOD)
    (repo / "solutions" / "hal" / "arrays__product_except_self.py").symlink_to(repo / "solutions" / "missing.py")
    t0 = _time.monotonic()
    proc = grade(repo, "--trust-local-code", "--jobs", "1", "--out", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    assert _time.monotonic() - t0 < 120  # two time-limited cases, then the next submission
    res = _results(tmp_path / "o")
    assert res[("gil", "arrays__two_sum.py")]["verdict"] == "time_limit_exceeded"
    assert res[("hal", "arrays__two_sum.py")]["verdict"] == "accepted"
    assert "cannot be read" in res[("hal", "arrays__product_except_self.py")]["error"]
