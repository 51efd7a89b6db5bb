"""Every package's reference submissions get exactly their expected verdict, in the real Docker sandbox."""
from __future__ import annotations

import pytest

from practice.judge import registry
from practice.judge.pipeline import check
from practice.judge.report import validate_report

pytestmark = pytest.mark.docker

# Known gaps of the judge, each an honest expected failure until fixed (see the closing note).
KNOWN_GAPS = {
    ("pipelines/moving_average", "too_slow/materialise_prefix_sums.py"):
        "O(window) extra space cannot yet be told from O(n) when the generator scales window with n",
}


def submissions():
    for pid in registry.problem_ids():
        for verdict, path in registry.get(pid).submissions():
            yield pytest.param(pid, verdict, path, id=f"{pid}:{verdict}/{path.name}")


@pytest.mark.parametrize("pid,expected,path", list(submissions()))
def test_reference_submission(docker_backend, pid, expected, path):
    problem = registry.get(pid)
    rel = f"{expected}/{path.name}"
    if (pid, rel) in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[(pid, rel)])
    report = check(problem, path.read_text(encoding="utf-8"), rel, docker_backend)
    validate_report(report.to_dict())
    assert report.verdict == expected, report.summary
