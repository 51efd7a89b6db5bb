"""The attack suite: hostile submissions against the real Docker sandbox.

Every file under `cases/<class>/` is a complete submission with a header:

    # attack: what it tries
    # expect: the verdicts it may get (never `accepted`, except containment probes)
    # stages: cases | full          (full adds properties and the complexity stage)
    # must-not-leak: words that would only appear in the report if it succeeded

After each run the host checks: the verdict is expected and never
`internal_error`; the report validates; neither a canary planted in the
host's environment nor any must-not-leak word appears in the report; the
report rendered for a terminal holds no escape or control characters; no
container is left behind; a listener on the host's loopback saw nothing.
"""
from __future__ import annotations

import io
import os
import re
import socket
import threading
from pathlib import Path

import pytest
from rich.console import Console

from practice.cli.render import render_report
from practice.judge import registry
from practice.judge.pipeline import check
from practice.judge.report import validate_report

pytestmark = pytest.mark.docker

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.py"))
CANARY_NAME, CANARY = "PRACTICE_ATTACK_CANARY", "canary-5d1e-host-secret"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def header(path: Path) -> dict[str, str]:
    meta = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"# ([a-z-]+): (.*)", line)
        if not m:
            break
        meta[m.group(1)] = m.group(2).strip()
    return meta


class Listener:
    """A TCP listener on the host's loopback that records any connection."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits: list[str] = []
        self.stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop:
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.hits.append(str(addr))
            conn.close()

    def close(self) -> None:
        self.stop = True
        self.thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module", autouse=True)
def no_volumes_or_images_left(docker_backend):
    """The whole suite adds no Docker volume and no image."""
    from practice.judge.backends.docker import client

    api = client().api
    volumes = {v["Name"] for v in (api.volumes().get("Volumes") or [])}
    images = {i["Id"] for i in api.images(all=True)}
    yield
    assert {v["Name"] for v in (api.volumes().get("Volumes") or [])} <= volumes, "a volume was left behind"
    assert {i["Id"] for i in api.images(all=True)} <= images, "an image was left behind"


def _containers():
    from practice.judge.backends.docker import LABEL, client

    return client().api.containers(all=True, filters={"label": [LABEL, f"practice.owner={os.getpid()}"]})


def test_every_class_is_covered():
    classes = {p.parent.name for p in CASES}
    assert classes >= {"processes", "resources", "time", "output", "secrets", "network", "forgery", "results",
                       "tampering", "links", "recursion"}
    for path in CASES:
        meta = header(path)
        assert {"attack", "expect", "stages"} <= meta.keys(), f"{path.name}: incomplete header"


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_attack_is_contained(docker_backend, listener, path):
    meta = header(path)
    expected = meta["expect"].split()
    probe = path.stem.startswith("probe_")
    assert probe or "accepted" not in expected
    source = path.read_text(encoding="utf-8").replace("{PORT}", str(listener.port))
    full = meta["stages"] == "full"
    os.environ[CANARY_NAME] = CANARY
    try:
        report = check(registry.get(meta.get("problem", "arrays/two_sum")), source, "solution.py", docker_backend,
                       with_complexity=full, with_properties=full)
    finally:
        del os.environ[CANARY_NAME]
    data = report.to_json()
    validate_report(report.to_dict())
    assert report.verdict != "internal_error", report.summary
    assert report.verdict in expected, f"{report.verdict}: {report.summary}"
    assert report.isolated and report.sandbox == "docker"
    assert CANARY not in data
    for word in meta.get("must-not-leak", "").split():
        assert word not in data, f"{word!r} reached the report"
    buf = io.StringIO()
    render_report(report, Console(file=buf, width=120, force_terminal=False, color_system=None))
    shown = buf.getvalue()
    assert not CONTROL.search(shown), f"control characters reach the terminal: {CONTROL.findall(shown)[:5]}"
    assert _containers() == [], "a sandbox container was left behind"
    assert listener.hits == [], f"the host listener was reached: {listener.hits}"
    assert not Path("/tmp/practice-pwned-by-reduce").exists()
