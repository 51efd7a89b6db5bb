"""The statement's constraints, the package's declared bounds and the generator must agree.

A statement that promises `len(nums) <= 10^5` while the generator tops out at
256 (or a ladder that measures on inputs the statement rules out) makes the
time limit and the complexity verdict unfair. problem.json declares the bounds
once, in machine form::

    "constraints": {
      "bounds": {"len(nums)": [2, 100000], "nums[i]": [-1000000000, 1000000000]},
      "reach": ["len(nums)"],
      "generator_n": [100000]
    }

and the generator module exports ``measure(*args) -> {name: number or iterable
of numbers}``. `verify` then checks that (1) every bound is written in the
statement's Constraints section, (2) the generator stays inside every bound at
the ladder's top and at each ``generator_n``, (3) some shape at some
``generator_n`` reaches the upper bound of every name in ``reach``, and (4) the
reference solves those largest inputs within the per-case time limit.
"""
from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Iterable
from typing import Any

from practice.judge.compare import call_reference, reference_args
from practice.judge.package import Problem

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_NUMBER = re.compile(
    r"(?P<m>\d+(?:[,_]\d{3})*(?:\.\d+)?)"
    r"(?:\s*(?:\*|·|×|x)\s*10\s*(?:\^|\*\*)\s*(?P<e10>-?\d+)"   # 2 * 10^5
    r"|\s*(?:\^|\*\*)\s*(?P<pow>-?\d+)"                            # 10^5, 2^20
    r"|e(?P<sci>-?\d+))?")                                         # 1e5


def written_numbers(text: str) -> set[float]:
    """Every number a statement writes, in the spellings statements use (10^5, 100,000, 2 * 10^5, 1e5, 10⁵)."""
    text = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)", lambda m: "^" + m.group(1).translate(_SUPERSCRIPT), text)
    found: set[float] = set()
    for m in _NUMBER.finditer(text):
        mantissa = float(re.sub(r"[,_ ]", "", m.group("m")))
        found.add(mantissa)
        if m.group("e10") is not None:
            found.add(mantissa * 10.0 ** int(m.group("e10")))
        elif m.group("pow") is not None:
            found.add(mantissa ** int(m.group("pow")))
        elif m.group("sci") is not None:
            found.add(mantissa * 10.0 ** int(m.group("sci")))
    return found


def constraints_section(statement: str) -> str | None:
    m = re.search(r"^##\s*Constraints\s*$(.*?)(?=^##\s|\Z)", statement, re.M | re.S)
    return m.group(1) if m else None


def _observed(value: Any) -> tuple[float, float] | None:
    """(min, max) of a measured quantity: one number or an iterable of numbers."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), float(value)
    if isinstance(value, Iterable):
        values = [float(v) for v in value]
        return (min(values), max(values)) if values else None
    raise TypeError(f"measure() returned {type(value).__name__}, want a number or an iterable of numbers")


def _reference_seconds(problem: Problem, args: list) -> float:
    """CPU time of one reference call on a fresh copy (the copy, like the judge's, is not timed)."""
    call_args = reference_args(problem, args)
    t0 = time.thread_time()
    call_reference(problem, call_args)
    return time.thread_time() - t0


def _spell(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def constraint_issues(problem: Problem, time_reference: bool = True) -> list[str]:
    """Everything that makes the statement's bounds, the declared bounds and the generator disagree."""
    spec = problem.meta.get("constraints")
    if spec is None:
        return ["problem.json declares no constraints (bounds the statement states and the generator reaches)"]
    bounds: dict[str, list] = spec["bounds"]
    issues: list[str] = []

    section = constraints_section(problem.statement())
    if section is None:
        issues.append("statement.md has no '## Constraints' section")
    else:
        written = written_numbers(section)
        for name, (lo, hi) in bounds.items():
            for end in (lo, hi):
                if end is not None and abs(end) not in written:
                    issues.append(f"the Constraints section does not state the bound {_spell(end)} of {name}")
    for name in spec.get("reach", []):
        if name not in bounds:
            issues.append(f"constraints.reach names {name!r}, which has no bound")

    ladder_top = max(problem.meta["complexity"]["sizes"])
    sizes = sorted(set(spec["generator_n"]))
    if ladder_top > max(sizes):
        issues.append(f"the complexity ladder goes to n={ladder_top}, beyond the largest generator_n "
                      f"{max(sizes)} that the statement's bounds allow")
    try:
        gen = problem.module("generator")
    except Exception as exc:  # noqa: BLE001 - a broken package is reported, not raised
        return issues + [f"generator.py does not import: {exc}"]
    if not callable(getattr(gen, "measure", None)):
        return issues + ["generator.py has no measure(*args) naming the quantities the bounds constrain"]

    reached: dict[str, float] = {}
    for n in sorted(set(sizes) | {ladder_top}):
        for shape in problem.meta["complexity"]["shapes"]:
            where = f"shape {shape!r} at n={n}"
            try:
                args = gen.generate(n, shape, random.Random(7))
                measured = gen.measure(*args)
            except Exception as exc:  # noqa: BLE001
                issues.append(f"generator or measure fails for {where}: {type(exc).__name__}: {exc}")
                continue
            for name, (lo, hi) in bounds.items():
                if name not in measured:
                    issues.append(f"measure() does not report {name!r}")
                    continue
                try:
                    span = _observed(measured[name])
                except (TypeError, ValueError) as exc:
                    issues.append(f"measure() for {name!r}: {exc}")
                    continue
                if span is None:
                    continue
                if lo is not None and span[0] < lo:
                    issues.append(f"{where} gives {name} = {_spell(span[0])}, below the stated {_spell(lo)}")
                if hi is not None and span[1] > hi:
                    issues.append(f"{where} gives {name} = {_spell(span[1])}, above the stated {_spell(hi)}")
                if n in sizes:
                    reached[name] = max(reached.get(name, -math.inf), span[1])
            if time_reference and n in sizes:
                took = _reference_seconds(problem, args)
                if took > problem.case_time_s:
                    issues.append(f"the reference takes {took:.1f} s on {where}, over the per-case limit "
                                  f"{problem.case_time_s:g} s: the statement promises inputs it cannot judge")
    for name in spec.get("reach", []):
        if name in bounds and bounds[name][1] is not None and name in reached and reached[name] < bounds[name][1]:
            issues.append(f"no shape at generator_n {sizes} reaches {name} = {_spell(bounds[name][1])} "
                          f"(largest {_spell(reached[name])})")
    return list(dict.fromkeys(issues))
