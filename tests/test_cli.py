"""The command line through Click's runner: exit codes, --json reports, clear errors."""
from __future__ import annotations

import json

from click.testing import CliRunner

from practice.cli.main import main
from practice.judge import registry
from practice.judge.report import validate_report


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_list_json_names_every_problem():
    r = run("list", "--json")
    assert r.exit_code == 0
    assert {row["id"] for row in json.loads(r.output)} == set(registry.problem_ids())


def test_unknown_problem_exits_2_with_suggestion(tmp_path):
    f = tmp_path / "s.py"
    f.write_text("def two_sum(a, b): pass\n")
    r = run("check", "--local", "arrays/two_sun", str(f))
    assert r.exit_code == 2
    assert "arrays/two_sum" in r.output


def test_missing_file_exits_2(tmp_path):
    r = run("check", "--local", "arrays/two_sum", str(tmp_path / "nope.py"))
    assert r.exit_code == 2 and "does not exist" in r.output


def test_check_json_is_schema_valid_and_exit_code_follows_verdict(tmp_path):
    f = tmp_path / "s.py"
    f.write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    r = run("check", "--local", "--json", "--no-complexity", "arrays/two_sum", str(f))
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    validate_report(data)
    assert data["verdict"] == "wrong_answer" and data["sandbox"] == "local"
    assert {t["kind"] for t in data["tests"]} >= {"sample", "edge", "hidden"}


def test_schema_command_prints_the_report_schema():
    r = run("schema", "report")
    assert r.exit_code == 0 and json.loads(r.output)["title"] == "practice check report"


def test_show_prints_statement_and_budget():
    r = run("show", "arrays/two_sum")
    assert r.exit_code == 0 and "O(n log n)" in r.output


def test_docker_required_but_unreachable_exits_2_with_one_sentence(tmp_path):
    import os
    import subprocess
    import sys

    f = tmp_path / "s.py"
    f.write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-docker.sock"}
    r = subprocess.run([sys.executable, "-m", "practice", "check", "--docker", "arrays/two_sum", str(f)],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2
    assert "Docker is not reachable" in r.stderr and "--local" in r.stderr
    assert "Traceback" not in r.stderr
