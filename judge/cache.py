"""Reports cached by what they depend on, so `check --rubric-only` re-scores without re-judging.

The key of the judged stages is the judge version, the problem package's content
and the solution's text; the testing stage adds the candidate's test file. Files
are written to a temporary name and renamed, so a crash never leaves half a report.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from practice import __version__
from practice.judge.package import Problem
from practice.text import write_atomic


def cache_root() -> Path:
    """The user's cache folder for practice, or $PRACTICE_CACHE_DIR."""
    import platformdirs

    override = os.environ.get("PRACTICE_CACHE_DIR")
    return Path(override) if override else platformdirs.user_cache_path("practice")


def cache_dir() -> Path:
    """Where reports are cached: the cache folder's `reports`, or $PRACTICE_CACHE_DIR itself."""
    return cache_root() if os.environ.get("PRACTICE_CACHE_DIR") else cache_root() / "reports"


def package_digest(problem: Problem) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in problem.root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(problem.root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def judged_key(problem: Problem, source: str) -> str:
    return hashlib.sha256("\0".join([__version__, problem.id, package_digest(problem), source]).encode()).hexdigest()


def tests_key(source: str, tests_source: str | None) -> str:
    return hashlib.sha256(f"{source}\0{tests_source or ''}".encode()).hexdigest()


def store(problem: Problem, source: str, tests_source: str | None, report: dict) -> None:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = {"tests_key": tests_key(source, tests_source), "report": report}
    write_atomic(folder / f"{judged_key(problem, source)}.json", json.dumps(data))


def load(problem: Problem, source: str) -> dict | None:
    """{"tests_key", "report"} of an earlier check of exactly this solution, or None."""
    path = cache_dir() / f"{judged_key(problem, source)}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
