"""The plumbing under the complexity stage: cached ladder inputs, plain-data results, the host's comparison."""
from __future__ import annotations

import json

import pytest

from practice.judge import registry
from practice.judge.compare import judge_output
from practice.judge.complexity import inputs as inputs_mod
from practice.judge.complexity.inputs import InputSource
from practice.sandbox.runner import Plain, plain


def test_ladder_inputs_are_generated_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("PRACTICE_CACHE_DIR", str(tmp_path))
    problem = registry.get("arrays/two_sum")
    first = InputSource(problem).get("worst", 1000)
    files = list((tmp_path / "inputs" / "arrays__two_sum").rglob("*.json.z"))
    assert len(files) == 1

    calls = []
    gen = problem.module("generator")
    monkeypatch.setattr(gen, "generate", lambda *a: calls.append(a) or [[0], 0])
    again = InputSource(problem).get("worst", 1000)
    assert calls == [] and again.encoded == first.encoded  # read back, not generated
    assert again.args == json.loads(first.encoded)

    files[0].write_bytes(b"not zlib")  # a damaged entry is regenerated, never an error
    assert InputSource(problem).get("worst", 1000).encoded == b"[[0], 0]"


def test_inputs_of_an_older_package_version_are_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("PRACTICE_CACHE_DIR", str(tmp_path))
    problem = registry.get("arrays/two_sum")
    stale = tmp_path / "inputs" / "arrays__two_sum" / "v1-0000"
    stale.mkdir(parents=True)
    InputSource(problem).get("random", 1000)
    folders = list((tmp_path / "inputs" / "arrays__two_sum").iterdir())
    assert stale not in folders and len(folders) == 1


def test_an_unwritable_cache_only_costs_the_generation(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(inputs_mod, "inputs_dir", lambda: blocker / "inputs")  # a path under a file
    assert InputSource(registry.get("arrays/two_sum")).get("worst", 1000).args


def test_plain_copies_exact_containers_and_still_strips_subclasses():
    class Lying(list):
        def __iter__(self):
            return iter([0])

    class Small(int):
        pass

    assert plain([1, "a", None, True, 2.5]) == [1, "a", None, True, 2.5]
    assert plain(Lying([1, 2])) == [1, 2] and type(plain([Small(3)])[0]) is int
    assert plain((1, 2)) == [1, 2] and plain({"k": 1}) == {"k": 1}
    assert plain([1.0, float("nan")])[1] == {"__float__": "nan"}
    assert plain({"k": float("-inf")}) == {"k": {"__float__": "-inf"}}
    with pytest.raises(Plain):
        plain({1: 2})


def test_host_comparison_keeps_types_apart():
    problem = registry.get("arrays/two_sum")
    assert judge_output(problem, [[1, 2], 3], [0, 1], [0, 1]) is None
    assert judge_output(problem, [[1, 2], 3], [0, 1], [0, True]) is not None
    assert judge_output(problem, [[1, 2], 3], [0, 1], [0, 1.0]) is not None
