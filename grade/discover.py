"""Find submissions in a study group's repository, without configuration for the usual layouts.

    solutions/<member>/<category>/<name>.py
    solutions/<member>/<category>__<name>.py

A `practice-grade.toml` at the repository root may override the root folder, the
members, the problem set, a deadline and per-problem weights. Nothing outside
the repository is ever read: a symlink that leaves it is that member's error.
"""
from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from practice.errors import UsageError

MAX_BYTES = 256 * 1024
CONFIG = "practice-grade.toml"


@dataclass
class Config:
    root: str = "solutions"
    members: list[str] | None = None
    problems: list[str] | None = None
    deadline: datetime | None = None
    weights: dict[str, float] = field(default_factory=dict)


@dataclass
class Submission:
    member: str
    problem: str | None  # None when the file names no known problem
    path: str  # relative to the repository
    source: str | None = None
    error: str | None = None  # the member's error: unknown problem, unreadable, too large, ...
    digest: str = ""

    @property
    def key(self) -> str:
        return f"{self.member}:{self.problem or self.path}"


def load_config(repo: Path) -> Config:
    path = repo / CONFIG
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{CONFIG} is not valid TOML ({exc}).", "Fix the file or remove it to use the defaults.") from exc
    known = {"root", "members", "problems", "deadline", "weights"}
    extra = set(data) - known
    if extra:
        raise UsageError(f"{CONFIG} has unknown keys: {', '.join(sorted(extra))}.",
                         f"Allowed: {', '.join(sorted(known))}.")
    deadline = data.get("deadline")
    if isinstance(deadline, str):
        deadline = datetime.fromisoformat(deadline)
    return Config(root=data.get("root", "solutions"), members=data.get("members"), problems=data.get("problems"),
                  deadline=deadline, weights={str(k): float(v) for k, v in (data.get("weights") or {}).items()})


def _problem_id(rel_parts: tuple[str, ...], known: set[str]) -> str | None:
    """<category>/<name>.py or <category>__<name>.py -> the problem ID, if it is one."""
    stem_parts = list(rel_parts[:-1]) + [rel_parts[-1][:-3]]
    if len(stem_parts) == 2:
        pid = "/".join(stem_parts)
    elif len(stem_parts) == 1 and "__" in stem_parts[0]:
        pid = stem_parts[0].replace("__", "/", 1)
    else:
        return None
    return pid if pid in known else None


def discover(repo: Path, known: set[str], config: Config | None = None) -> list[Submission]:
    repo = repo.resolve()
    config = config or load_config(repo)
    base = repo / config.root
    if not base.is_dir():
        raise UsageError(f"There is no {config.root}/ folder in {repo}.",
                         f"Put solutions in {config.root}/<member>/<category>/<name>.py, or set root in {CONFIG}.")
    subs: list[Submission] = []
    members = sorted(d.name for d in base.iterdir() if d.is_dir() and not d.name.startswith("."))
    if config.members is not None:
        members = [m for m in members if m in config.members]
    for member in members:
        mdir = base / member
        for dirpath, dirnames, filenames in os.walk(mdir, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
            for name in sorted(filenames):
                if not name.endswith(".py") or name.startswith(("test_", ".")) or name.endswith("_test.py"):
                    continue
                path = Path(dirpath) / name
                rel_member = path.relative_to(mdir).parts
                rel = str(path.relative_to(repo))
                pid = _problem_id(rel_member, known)
                sub = Submission(member, pid, rel)
                if pid is None:
                    sub.error = f"{rel} names no known problem (use <category>/<name>.py or <category>__<name>.py)"
                elif config.problems is not None and pid not in config.problems:
                    continue
                else:
                    _read(sub, path, repo)
                    if sub.error is None and config.deadline is not None:
                        _check_deadline(sub, repo, config.deadline)
                subs.append(sub)
    return subs


def _check_deadline(sub: Submission, repo: Path, deadline: datetime) -> None:
    """A submission last committed after the deadline is that member's error (git history decides, not mtimes)."""
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%cI", "--", sub.path],
                             capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return
    if not out:
        return  # not committed (a local run): nothing to compare
    committed = datetime.fromisoformat(out)
    limit = deadline if deadline.tzinfo else deadline.replace(tzinfo=committed.tzinfo)
    if committed > limit:
        sub.error = f"{sub.path} was last committed {committed.isoformat()}, after the deadline {limit.isoformat()}"


def _read(sub: Submission, path: Path, repo: Path) -> None:
    """Read a submission's text, refusing anything that leaves the repository or is not a small UTF-8 file."""
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(repo):
                sub.error = f"{sub.path} is a symlink that points outside the repository"
                return
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | (os.O_NOFOLLOW if not path.is_symlink() else 0))
        try:
            st = os.fstat(fd)
            import stat as _stat

            if not _stat.S_ISREG(st.st_mode):
                sub.error = f"{sub.path} is not a regular file"
                return
            if st.st_size > MAX_BYTES:
                sub.error = f"{sub.path} is {st.st_size // 1024} KiB, over the {MAX_BYTES // 1024} KiB limit"
                return
            data = os.read(fd, MAX_BYTES + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        sub.error = f"{sub.path} cannot be read ({exc.strerror or exc})"
        return
    try:
        sub.source = data.decode("utf-8")
    except UnicodeDecodeError:
        sub.error = f"{sub.path} is not UTF-8 text"
        return
    sub.digest = hashlib.sha256(data).hexdigest()
