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


@pytest.mark.parametrize("tail,ok", [
    (b'[1.5, 2, "x\\ny"]', True),
    (b'[1,\n 2]', True),                          # a line break between tokens: harmless, made a space
    (b'[0, 1], "cpu_ns": 1', False),              # a second value riding along: extra keys in the line
    (b'[0, 1]\n{"status": "ok"}', False),         # a second line
    (b'[NaN]', False),
    (b'"\xff"', False),                           # not UTF-8
    ('[1]'.encode("utf-16"), False),              # another encoding is not guessed
    (b'["a\nb"]', False),                          # a raw line break inside a string
    (b"[" * 5000 + b"]" * 5000, False),             # deeper than any plain result: garbled, not a judge error
    (b"[" * 150 + b"]" * 150, True),
])
def test_a_childs_result_is_forwarded_only_when_it_is_exactly_one_json_value(tail, ok):
    from practice.sandbox.runner import Runner, _spliced

    if not ok:
        with pytest.raises(ValueError):
            _spliced(tail)
        return
    enc = _spliced(tail)
    sent = []
    runner = Runner.__new__(Runner)
    runner.proto_out = 1
    import practice.sandbox.runner as rmod

    real = rmod._write_all
    rmod._write_all = lambda fd, data, write: sent.append(data)
    try:
        runner._send({"status": "ok", "cpu_ns": 5, "result": enc})
    finally:
        rmod._write_all = real
    (line,) = sent
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    body = json.loads(line)
    assert body == {"status": "ok", "cpu_ns": 5, "result": json.loads(tail)}


class _FakeRunner:
    """Stands in for a sandbox runner: records which calls sent their result back."""

    def __init__(self, result):
        self.kept, self.result = [], result

    def put_async(self, key, data):
        return lambda: None

    def call(self, *, key, discard, noop, **_):
        from types import SimpleNamespace

        if not noop and not discard:
            self.kept.append(key)
        call_ns = 0 if noop else self.cost_ns(int(key.split(":")[1]))
        return SimpleNamespace(ok=True, status="ok", cpu_ns=call_ns + 500_000, call_cpu_ns=call_ns, peak_extra_bytes=0,
                               result=None if discard or noop else self.result)

    @staticmethod
    def cost_ns(n: int) -> int:
        return 1_500_000


def _run_ladder(monkeypatch, cand_result=(0, 1)):
    from practice.judge.complexity import measure

    seen = []
    monkeypatch.setattr(measure, "judge_output",
                        lambda problem, args, expected, got: seen.append(expected) or (None if got == expected else "differs"))
    cand, ref = _FakeRunner(list(cand_result)), _FakeRunner([0, 1])
    m = measure.Measurer(registry.get("arrays/two_sum"), cand, ref)
    try:
        ladder = m.ladder("worst", [100, 200, 400, 800], 3)
    finally:
        m.close()
    return m, ladder, cand, ref, seen


def test_only_the_top_size_of_a_ladder_keeps_results(tmp_path, monkeypatch):
    """Verification costs a result's encoding, transfer and check: it is done where it matters most."""
    monkeypatch.setenv("PRACTICE_CACHE_DIR", str(tmp_path))
    m, ladder, cand, ref, seen = _run_ladder(monkeypatch)
    assert cand.kept == ref.kept == ["worst:800"]
    assert m.verified == 1 and seen == [[0, 1]] and m.wrong is None
    assert ladder.cand[800].kept == [False, True, False]


def test_the_references_result_is_cached_with_the_input(tmp_path, monkeypatch):
    monkeypatch.setenv("PRACTICE_CACHE_DIR", str(tmp_path))
    _run_ladder(monkeypatch)
    m, _, cand, ref, seen = _run_ladder(monkeypatch, cand_result=(1, 0))
    assert ref.kept == [] and cand.kept == ["worst:800"]  # the reference sent nothing back this time
    assert seen == [[0, 1]] and m.wrong == ("worst", 800, "differs")  # and its cached result still judged

    for damaged in tmp_path.rglob("*.expected.json.z"):
        damaged.write_bytes(b"not zlib")
    m, _, cand, ref, seen = _run_ladder(monkeypatch)
    assert m.verified == 0 and seen == [] and not list(tmp_path.rglob("*.expected.json.z"))  # dropped, not trusted
    m, _, cand, ref, seen = _run_ladder(monkeypatch)
    assert ref.kept == ["worst:800"] and m.verified == 1  # and asked for again


class _Costed(_FakeRunner):
    def __init__(self, result, cost):
        super().__init__(result)
        self.cost_ns = cost


def _quadratic(n: int) -> int:
    return (n // 100) ** 2 * 1_000_000  # 1 ms at n=100, 1 s at n=3200


def _three_halves(n: int) -> int:
    return int((n / 100) ** 1.5 * 4_000_000)  # a small-constant quadratic still emerging: x2.8 per doubling


def _linear(n: int) -> int:
    return n * 50_000  # 5 ms at n=100, 160 ms at n=3200


@pytest.mark.parametrize("cand,ref,budget_s,sizes,trimmed,stopped", [
    # 3 x (1+4+16+64 ms so far + 256 next) > 1 s, four sizes above the floor, x4 per doubling
    (_quadratic, None, 1.0, [100, 200, 400, 800], 1600, None),
    (_quadratic, None, None, [100, 200, 400, 800, 1600, 3200], None, 3200),  # no budget: up to the call cap
    # over the budget, but growing x2.8 (faster than the reference, slower than quadratic): never trimmed
    (_three_halves, None, 0.5, [100, 200, 400, 800, 1600, 3200], None, 3200),
    # as flat as a linear reference: trimmed
    (_linear, _linear, 0.5, [100, 200, 400, 800], 1600, None),
])
def test_a_slow_ladder_is_trimmed_to_its_stage_budget(monkeypatch, tmp_path, cand, ref, budget_s, sizes, trimmed,
                                                      stopped):
    from practice.judge.complexity import measure

    monkeypatch.setenv("PRACTICE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(measure, "judge_output", lambda *a: None)
    m = measure.Measurer(registry.get("arrays/two_sum"), _Costed([0, 1], cand),
                         _Costed([0, 1], ref) if ref else _FakeRunner([0, 1]))
    try:
        ladder = m.ladder("worst", [100, 200, 400, 800, 1600, 3200], 3, budget_s)
    finally:
        m.close()
    assert (ladder.sizes, ladder.trimmed_at, ladder.stopped_at) == (sizes, trimmed, stopped)


def _ladder(cand_ms: list[float], stopped_at=None):
    from practice.judge.complexity.measure import Ladder, Samples

    ladder = Ladder("worst", stopped_at=stopped_at)
    for k, ms in enumerate(cand_ms):
        n = 100 * 2 ** k
        ladder.cand[n] = Samples(cpu_ns=[int(ms * 1e6) + 500_000], call_ns=[int(ms * 1e6)])
        ladder.ref[n] = Samples(cpu_ns=[int(ms * 1e6)], call_ns=[int(ms * 1e6)], trusted=True)
    return ladder


@pytest.mark.parametrize("cand_ms,exponent,stopped_at,unsettled", [
    ([1, 2, 4, 8], 1.0, None, False),              # settled: linear, well inside its class
    ([1, 2, 4, 8], 1.45, None, True),              # near the n / n^2 boundary
    ([1, 2, 4, 8], 1.3, None, True),               # upper part of its class: accelerating
    ([1, 2, 4, 8], 1.45, 800, False),              # no room: the ladder stopped
    ([0.05, 0.1, 0.15, 0.6], 0.0, None, True),     # only the top size above the noise floor: emerging
    ([0.05, 0.1, 0.15, 0.2], 0.0, None, False),    # all below it: an O(1) or O(log n) reading, nothing to gain
])
def test_a_fit_is_unsettled_when_a_larger_size_would_say_more(cand_ms, exponent, stopped_at, unsettled):
    from practice.judge.complexity.fit import Fit
    from practice.judge.complexity.verdict import _unsettled

    fit = Fit("O(n)", exponent, 0.5, "test")
    assert _unsettled(_ladder(cand_ms, stopped_at), fit) is unsettled
