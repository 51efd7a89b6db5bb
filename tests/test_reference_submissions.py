"""Every package's reference submissions get exactly their expected verdict, in the real Docker sandbox."""
from __future__ import annotations

import pytest

from practice.judge import registry
from practice.judge.pipeline import check
from practice.judge.report import validate_report

pytestmark = pytest.mark.docker


def submissions():
    for pid in registry.problem_ids():
        for verdict, path in registry.get(pid).submissions():
            yield pytest.param(pid, verdict, path, id=f"{pid}:{verdict}/{path.name}")


@pytest.mark.parametrize("pid,expected,path", list(submissions()))
def test_reference_submission(docker_backend, pid, expected, path):
    problem = registry.get(pid)
    rel = f"{expected}/{path.name}"
    report = check(problem, path.read_text(encoding="utf-8"), rel, docker_backend)
    validate_report(report.to_dict())
    assert report.verdict == expected, report.summary
