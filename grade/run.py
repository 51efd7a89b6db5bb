"""Grade submissions in parallel, each in its own sandbox, skipping those graded before unchanged.

One submission that hangs or crashes only costs its own limits: every check has
its own container and per-call deadlines, and a fault of the judge on one
submission becomes that submission's internal_error, never the run's end.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import zlib
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from practice import __version__
from practice.grade.discover import Submission
from practice.judge import registry
from practice.judge.cache import package_digest
from practice.judge.pipeline import check
from practice.text import write_atomic


@dataclass
class Result:
    member: str
    problem: str | None
    path: str
    verdict: str | None  # None when the submission could not be graded (see error)
    error: str | None
    summary: str
    scores: dict[str, int | None]
    seconds: float
    cached: bool = False
    weight: float = 1.0

    @property
    def passed(self) -> bool:
        return self.verdict == "accepted"


def workers() -> int:
    """Bounded by cores and by memory (each sandbox may use up to 1 GiB)."""
    cores = os.cpu_count() or 1
    try:
        mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem_gib = 2
    return max(1, min(cores, int(mem_gib // 1.5)))


def in_shard(sub: Submission, shard: tuple[int, int]) -> bool:
    """A deterministic slice: the same submission always lands in the same shard."""
    index, count = shard
    return zlib.crc32(sub.key.encode()) % count == index - 1


class Cache:
    """Results keyed by judge version, problem package and submission text; a JSON file CI can persist."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.data: dict[str, dict] = {}
        self._digests: dict[str, str] = {}
        if path and path.is_file():
            try:
                self.data = json.loads(path.read_text(encoding="utf-8")).get("results", {})
            except (OSError, ValueError):
                self.data = {}  # a bad cache only costs time

    def key(self, sub: Submission) -> str:
        if sub.problem not in self._digests:
            self._digests[sub.problem] = package_digest(registry.get(sub.problem))
        return hashlib.sha256(f"{__version__}\0{sub.problem}\0{self._digests[sub.problem]}\0{sub.digest}".encode()).hexdigest()

    def get(self, sub: Submission) -> dict | None:
        return self.data.get(self.key(sub))

    def put(self, sub: Submission, result: Result) -> None:
        self.data[self.key(sub)] = asdict(result)

    def save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps({"judge_version": __version__, "results": self.data}))


def grade_one(sub: Submission, backend, weight: float) -> Result:
    if sub.error:
        return Result(sub.member, sub.problem, sub.path, None, sub.error, sub.error, {}, 0.0, weight=weight)
    t0 = time.monotonic()
    try:
        report = check(registry.get(sub.problem), sub.source or "", sub.path, backend)
    except Exception as exc:  # noqa: BLE001 - Docker gone, broken package: this submission's error, the run goes on
        msg = f"could not be graded: {exc}"
        return Result(sub.member, sub.problem, sub.path, None, msg, msg, {}, round(time.monotonic() - t0, 2),
                      weight=weight)
    return Result(sub.member, sub.problem, sub.path, report.verdict, None, report.summary,
                  {ln.dimension: ln.score for ln in report.rubric}, report.seconds, weight=weight)


def grade_all(subs: list[Submission], backend, cache: Cache, weights: dict[str, float],
              progress: Callable[[Result, int, int], None] = lambda r, i, n: None,
              max_workers: int | None = None) -> list[Result]:
    results: list[Result] = []
    todo = []
    for sub in subs:
        weight = weights.get(sub.problem or "", 1.0)
        hit = cache.get(sub) if not sub.error else None
        if hit:
            # Same package, same text: same verdict, whoever submitted it.
            results.append(Result(**{**hit, "member": sub.member, "problem": sub.problem, "path": sub.path,
                                     "cached": True, "weight": weight}))
            progress(results[-1], len(results), len(subs))
        else:
            todo.append((sub, weight))
    pool = ThreadPoolExecutor(max_workers=max_workers or workers())
    try:
        futures = {pool.submit(grade_one, sub, backend, w): sub for sub, w in todo}
        for fut in as_completed(futures):
            sub = futures[fut]
            res = fut.result()
            if res.verdict is not None:
                cache.put(sub, res)
            results.append(res)
            progress(res, len(results), len(subs))
    except KeyboardInterrupt:
        # Stop now: drop what has not started, remove the sandboxes still running (their checks end
        # at once), keep the results graded so far in the cache.
        pool.shutdown(wait=False, cancel_futures=True)
        from practice.judge.backends.docker import _remove_all_live

        _remove_all_live()
        cache.save()
        raise
    pool.shutdown(wait=True)
    cache.save()
    return sorted(results, key=lambda r: (r.member, r.problem or "", r.path))
