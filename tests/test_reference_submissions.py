"""`practice verify` over the whole bank, in the real Docker sandbox.

Every package proves itself: each reference submission gets exactly its
expected verdict, some wrong answer is caught only by the edge tests and some
only by the properties, the time limit sits above the slowest accepted case,
too_slow submissions are clearly slower than the reference.
"""
from __future__ import annotations

import pytest

from practice.judge import registry
from practice.judge.verify import verify_problem

pytestmark = pytest.mark.docker


@pytest.mark.parametrize("pid", registry.problem_ids())
def test_package_verifies(docker_backend, pid):
    result = verify_problem(registry.get(pid), docker_backend)
    bad = [f"{s['file']}: expected {s['expected']}, got {s['got']} ({s['summary']})"
           for s in result["submissions"] if not s["ok"]]
    assert result["ok"], "\n".join(result["issues"] + bad)
