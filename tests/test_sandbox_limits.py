"""The Docker sandbox's limits exercised for real: nothing escapes, nothing is left behind."""
from __future__ import annotations

import os
import socket
import threading

import pytest

from conftest import judge

pytestmark = pytest.mark.docker

HEADER = "import os, sys, time, socket, subprocess\n"


def _containers():
    from practice.judge.backends.docker import LABEL, client

    return client().api.containers(all=True, filters={"label": [LABEL, f"practice.owner={os.getpid()}"]})


@pytest.fixture(autouse=True)
def no_leftovers():
    yield
    assert _containers() == [], "a sandbox container was left behind"


def attack(backend, body: str):
    src = HEADER + "def two_sum(nums, target):\n" + "".join(f"    {line}\n" for line in body.strip().splitlines())
    return judge(backend, "arrays/two_sum", src, with_complexity=False, with_properties=False)


def test_fork_bomb(docker_backend):
    r = attack(docker_backend, "while True:\n    try:\n        os.fork()\n    except OSError:\n        pass")
    assert r.verdict in ("time_limit_exceeded", "runtime_error")


def test_memory_bomb(docker_backend):
    r = attack(docker_backend, "x = []\nwhile True:\n    x.append(bytearray(10**7))")
    assert r.verdict == "memory_limit_exceeded"


def test_infinite_loop(docker_backend):
    assert attack(docker_backend, "while True:\n    pass").verdict == "time_limit_exceeded"


def test_sleep(docker_backend):
    assert attack(docker_backend, "time.sleep(60)").verdict == "time_limit_exceeded"


def test_blocking_on_stdin_ends(docker_backend):
    r = attack(docker_backend, "sys.stdin.read()\nreturn [0, 1]")
    assert r.verdict == "wrong_answer"  # stdin is empty, so it returns a wrong pair quickly


def test_output_flood(docker_backend):
    assert attack(docker_backend, "while True:\n    sys.stdout.write('y' * 65536)").verdict == "output_limit_exceeded"


def test_network_attempt_to_host_loopback_fails(docker_backend):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]
    hits = []
    srv.settimeout(5)
    t = threading.Thread(target=lambda: hits.append(_accept(srv)), daemon=True)
    t.start()
    r = attack(docker_backend, f"s = socket.create_connection(('127.0.0.1', {port}), timeout=1)\nreturn [0, 1]")
    t.join(6)
    srv.close()
    assert r.verdict == "runtime_error"
    assert "OSError" in r.first_failure.message or "Errno" in r.first_failure.message
    assert hits == [None]


def _accept(srv):
    try:
        conn, _ = srv.accept()
        conn.close()
        return "connected"
    except OSError:
        return None


def test_no_host_environment_reaches_the_sandbox(docker_backend):
    os.environ["PRACTICE_CANARY"] = "canary-7f3a"
    try:
        r = attack(docker_backend, "return [os.environ.get('PRACTICE_CANARY', ''), open('/proc/1/environ','rb').read().decode(errors='replace')]")
    finally:
        del os.environ["PRACTICE_CANARY"]
    assert "canary-7f3a" not in r.to_json()


def test_detached_child_does_not_outlive_the_call(docker_backend):
    body = ("pid = os.fork()\nif pid == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(30)\n    os._exit(0)\n"
            "os.waitpid(pid, 0)\nreturn [0, 1]")
    r = attack(docker_backend, body)
    assert r.verdict == "wrong_answer"


def test_killing_the_runner_is_the_candidates_fault(docker_backend):
    r = attack(docker_backend, "os.kill(os.getppid(), 9)\nreturn [0, 1]")
    assert r.verdict in ("runtime_error", "wrong_answer")
    assert r.verdict != "internal_error"


def test_read_only_root_and_no_secrets_in_image(docker_backend):
    r = attack(docker_backend, "open('/opt/practice/x', 'w')")
    assert r.verdict == "runtime_error"
    r = attack(docker_backend, "import glob\nreturn [p for d in ('/opt', '/tmp', '/home', '/srv', '/work', '/mnt') "
                               "for p in glob.glob(d + '/**/*.py', recursive=True)]")
    assert r.verdict == "wrong_answer" and "reference.py" not in (r.first_failure.got or "")


def test_ctrl_c_during_a_check_leaves_no_container(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from practice.judge.backends.docker import LABEL, client

    f = tmp_path / "loop.py"
    f.write_text("def two_sum(nums, target):\n    while True:\n        pass\n")
    proc = subprocess.Popen([sys.executable, "-m", "practice", "check", "--docker", "arrays/two_sum", str(f)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    owner = {"label": [LABEL, f"practice.owner={proc.pid}"]}
    deadline = time.time() + 60
    while time.time() < deadline and not client().api.containers(filters=owner):
        time.sleep(0.2)
    assert client().api.containers(filters=owner), "the check never started a container"
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    assert client().api.containers(all=True, filters=owner) == []
