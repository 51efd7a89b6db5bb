"""Faults of the environment, not of the submission: each ends in one clear message and a clean state."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time

import pytest

from practice.errors import SandboxUnavailable
from practice.judge import registry
from practice.judge.pipeline import check

pytestmark = pytest.mark.docker

SPIN = "def two_sum(nums, target):\n    while True:\n        pass\n"
GOOD = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n")


def _ours():
    from practice.judge.backends.docker import LABEL, client

    return client().api.containers(all=True, filters={"label": [LABEL, f"practice.owner={os.getpid()}"]})


def test_container_killed_from_outside_mid_check_is_an_environment_error(docker_backend):
    from practice.judge.backends.docker import client

    outcome: dict = {}

    def run():
        try:
            outcome["report"] = check(registry.get("arrays/two_sum"), SPIN, "spin.py", docker_backend,
                                      with_complexity=False, with_properties=False)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            outcome["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    deadline = time.time() + 30
    while time.time() < deadline and not [c for c in _ours() if c["State"] == "running"]:
        time.sleep(0.1)
    time.sleep(0.5)
    for c in _ours():
        client().api.kill(c["Id"])
    t.join(60)
    assert not t.is_alive()
    err = outcome.get("error")
    assert isinstance(err, SandboxUnavailable), outcome
    assert "from outside the judge" in err.message and err.exit_code == 2
    assert _ours() == []


def test_a_missing_image_is_rebuilt_on_first_use():
    from practice.judge.backends.image import ensure_image, image_exists, image_tag
    from practice.judge.backends.docker import client

    tag = image_tag()
    client().images.remove(tag, force=True)
    assert not image_exists(tag)
    assert ensure_image() == tag and image_exists(tag)


def test_a_stale_image_is_never_used(tmp_path, monkeypatch):
    from practice.judge.backends import image

    before = image.image_tag()
    for name in image.IMAGE_FILES:
        shutil.copy(image.context_dir() / name, tmp_path / name)
    (tmp_path / "runner.py").write_text((tmp_path / "runner.py").read_text() + "\n# changed\n")
    monkeypatch.setattr(image, "context_dir", lambda: tmp_path)
    assert image.image_tag() != before


def test_docker_stopped_before_a_check_is_one_sentence_and_exit_2(tmp_path):
    sol = tmp_path / "s.py"
    sol.write_text(GOOD)
    env = dict(os.environ, DOCKER_HOST="unix:///nonexistent/docker.sock")
    proc = subprocess.run([sys.executable, "-m", "practice", "check", "--docker", "arrays/two_sum", str(sol)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) <= 2 and "Docker is not reachable" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_container_that_will_not_die_is_reported_not_silently_left(monkeypatch, capsys):
    import docker.errors

    from practice.judge.backends import docker as dk

    calls = []

    class Stubborn:
        def remove_container(self, cid, force):
            calls.append(cid)
            raise docker.errors.APIError("device or resource busy")

    class FakeClient:
        api = Stubborn()

    monkeypatch.setattr(dk, "client", lambda: FakeClient())
    monkeypatch.setattr(dk.time, "sleep", lambda s: None)
    dk._live.add("c0ffee" * 8)
    dk._remove("c0ffee" * 8)
    assert len(calls) == 3
    err = capsys.readouterr().err
    assert "could not be removed" in err and "practice sandbox clean" in err


def test_ctrl_c_during_a_grading_run_leaves_no_container(tmp_path):
    import signal

    from practice.judge.backends.docker import LABEL, client

    repo = tmp_path / "g"
    for member in ("ann", "ben", "cat"):
        (repo / "solutions" / member).mkdir(parents=True)
        (repo / "solutions" / member / "arrays__two_sum.py").write_text(SPIN + f"# {member}\n")
    proc = subprocess.Popen([sys.executable, "-m", "practice", "grade", "--repo", str(repo), "--out",
                             str(tmp_path / "out"), "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    owner = {"label": [LABEL, f"practice.owner={proc.pid}"]}
    deadline = time.time() + 120
    while time.time() < deadline and not client().api.containers(filters=owner):
        time.sleep(0.2)
    assert client().api.containers(filters=owner), "the grading run never started a container"
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    assert client().api.containers(all=True, filters=owner) == []
    assert not (tmp_path / "out" / "report.json").exists()  # nothing half-written
