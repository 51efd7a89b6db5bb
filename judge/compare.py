"""Decide on the host whether a candidate's plain-data output is right."""
from __future__ import annotations

import copy
import json
import math
from typing import Any

from practice.judge.package import Problem


def _decode_floats(value: Any) -> Any:
    """The runner encodes nan/inf as {'__float__': 'nan'}; turn them back into floats."""
    if isinstance(value, dict):
        if set(value) == {"__float__"}:
            return float(value["__float__"])
        return {k: _decode_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode_floats(v) for v in value]
    return value


def _close(a: Any, b: Any, tol: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=tol, abs_tol=tol) or a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tol) for k in a)
    return a == b and type(a) is type(b)


def normalise(value: Any) -> Any:
    """What a value looks like after crossing the sandbox boundary as JSON (tuples become lists)."""
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return [normalise(v) for v in value]
    return value


def reference_args(problem: Problem, args: list) -> list:
    """A fresh copy of the input as the reference receives it (stream arguments as one-shot iterators)."""
    call_args = copy.deepcopy(args)
    for i in problem.stream_args:
        call_args[i] = iter(call_args[i])
    return call_args


def call_reference(problem: Problem, call_args: list) -> Any:
    """The reference's answer, with a returned generator consumed into a list."""
    out = problem.reference(*call_args)
    if problem.returns == "iterable" and out is not None and not isinstance(out, (list, tuple)):
        out = list(out)
    return out


def expected_output(problem: Problem, args: list) -> Any:
    """The reference's answer on a fresh copy of the input, as plain data."""
    return normalise(call_reference(problem, reference_args(problem, args)))


def judge_output(problem: Problem, args: list, expected: Any, got: Any) -> str | None:
    """None when `got` is right; else one sentence saying why not."""
    exact = _encoded(got)
    if exact is not None and exact == _encoded(expected):
        return None  # the reference's own answer, to the type of every item
    got = _decode_floats(got)
    if got == expected and _same_shape(got, expected):
        return None  # the reference's own answer is right, whatever the checker would say
    checker = problem.checker
    if checker is not None:
        try:
            return checker(copy.deepcopy(args), expected, got)
        except Exception as exc:  # noqa: BLE001 - a checker crash on odd output means the output is wrong
            return f"the output could not be checked ({type(exc).__name__}: {exc})"
    tol = problem.meta.get("float_tolerance")
    if tol is not None:
        return None if _close(expected, got, tol) else f"expected {preview(expected)}, got {preview(got)}"
    return f"expected {preview(expected)}, got {preview(got)}"


def _encoded(value: Any) -> str | None:
    """Canonical JSON, in which 1, 1.0 and true differ; None when it holds a nan/inf marker (compared as floats)."""
    try:
        text = json.dumps(value, sort_keys=True)
    except (TypeError, ValueError):
        return None
    return None if '"__float__"' in text else text


def _same_shape(a: Any, b: Any) -> bool:
    """Equality that does not let True pass for 1 or 1.0 for 1."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return all(_same_shape(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return all(_same_shape(a[k], b[k]) for k in a)
    return True


def preview(value: Any, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 15] + f"... ({len(text)} chars)"
