"""Find problem packages by ID, with close matches for a mistyped one."""
from __future__ import annotations

import difflib
import os
from importlib import resources
from pathlib import Path

from practice.errors import UsageError
from practice.judge.package import Problem, load_problem


def bank_roots() -> list[Path]:
    """The shipped bank, plus any folders named in PRACTICE_PROBLEMS (os.pathsep-separated)."""
    roots = [Path(str(resources.files("practice.problems")))]
    extra = os.environ.get("PRACTICE_PROBLEMS", "")
    roots += [Path(p) for p in extra.split(os.pathsep) if p]
    return roots


def problem_ids() -> list[str]:
    ids = set()
    for root in bank_roots():
        for meta in root.glob("*/*/problem.json"):
            ids.add(f"{meta.parent.parent.name}/{meta.parent.name}")
    return sorted(ids)


def find(problem_id: str) -> Path:
    for root in reversed(bank_roots()):
        path = root / problem_id
        if "/" in problem_id and (path / "problem.json").is_file():
            return path
    ids = problem_ids()
    close = difflib.get_close_matches(problem_id, ids, n=3, cutoff=0.5)
    close += [i for i in ids if problem_id and problem_id in i and i not in close][:3]
    hint = f"Did you mean {', '.join(close[:3])}?" if close else "Run `practice list` to see every problem ID."
    raise UsageError(f"There is no problem {problem_id!r}.", hint)


def get(problem_id: str) -> Problem:
    return load_problem(find(problem_id), expected_id=problem_id)


def all_problems() -> list[Problem]:
    return [get(i) for i in problem_ids()]
