"""Shared fixtures: backends, a quick `judge()` helper, and schema validation of every report."""
from __future__ import annotations

import os
import tempfile

import pytest

from practice.judge import registry
from practice.judge.backends.local import LocalBackend
from practice.judge.pipeline import check
from practice.judge.report import validate_report

# Keep the user's history, report cache and workspaces out of the tests (subprocesses inherit these).
_STATE = tempfile.mkdtemp(prefix="practice-tests-")
for _var, _sub in (("PRACTICE_DATA_DIR", "data"), ("PRACTICE_CACHE_DIR", "cache"), ("PRACTICE_WORKSPACE", "ws")):
    os.environ.setdefault(_var, os.path.join(_STATE, _sub))


@pytest.fixture(scope="session")
def docker_backend():
    """The real Docker sandbox. Never skipped: without an engine these tests fail."""
    from practice.judge.backends.docker import DockerBackend
    from practice.judge.backends.image import ensure_image

    return DockerBackend(ensure_image())


@pytest.fixture(scope="session")
def local_backend():
    return LocalBackend()


def judge(backend, problem_id: str, source: str, **kw):
    """Judge source text and check the report against the published schema."""
    report = check(registry.get(problem_id), source, "solution.py", backend, **kw)
    validate_report(report.to_dict())
    return report


@pytest.fixture
def run_judge():
    return judge


def pytest_report_header(config):
    return f"PRACTICE_REQUIRE_DOCKER={os.environ.get('PRACTICE_REQUIRE_DOCKER', '0')}"
