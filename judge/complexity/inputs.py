"""Ladder inputs: generated once per package version, encoded once, cached on disk.

Generating and JSON-encoding a ladder costs the host 0.3-3 s per problem
(`binary_search/rotated` draws 10^6 distinct values at its top size), about as
much as measuring an efficient solution. The inputs depend only on the package
(its generator, seeded by problem, shape and size), so they are cached as
compressed JSON under the user's cache folder, keyed by the package's content:
a resubmission, or a study group's repository full of the same problem, reuses
them. The runners receive exactly these bytes, and the host's checks decode the
same bytes, so host and sandbox always see the same input (JSON has no tuples).
The reference's result on an input is cached beside it once a check has asked
for it: later checks of that input need no result from the reference's runner
(encoding, sending and decoding 64000 floats costs more than computing them).
The cache is host-side only; nothing in it comes from a submission.
"""
from __future__ import annotations

import json
import random
import shutil
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from practice.judge.cache import cache_root, package_digest
from practice.judge.package import Problem
from practice.text import write_atomic

FORMAT = 1  # bump when the encoding or the seeding changes
MAX_CACHED_BYTES = 64 << 20  # inputs larger than this (encoded) are regenerated rather than stored


def inputs_dir() -> Path:
    return cache_root() / "inputs"


@dataclass
class LadderInput:
    """One generated input: its JSON encoding, the decoded args when the host needs them (checks),
    and the reference's result on it when the cache has it (compressed JSON)."""

    encoded: bytes
    _args: Any = field(default=None, repr=False)
    expected_z: bytes | None = field(default=None, repr=False)

    @property
    def args(self) -> list:
        if self._args is None:
            self._args = json.loads(self.encoded)
        return self._args

    def expected(self) -> Any:
        """The cached reference result (ValueError or zlib.error when the cache entry is damaged)."""
        return json.loads(zlib.decompress(self.expected_z))


class InputSource:
    """The ladder inputs of one problem package, from the cache or freshly generated."""

    def __init__(self, problem: Problem, cache: bool = True) -> None:
        self.problem = problem
        self.folder: Path | None = None
        if cache:
            base = inputs_dir() / problem.id.replace("/", "__")
            self.folder = base / f"v{FORMAT}-{package_digest(problem)[:20]}"
            self._prune(base)

    def _prune(self, base: Path) -> None:
        """Inputs of older versions of this package are never read again."""
        try:
            for old in base.iterdir():
                if old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass

    def _path(self, shape: str, n: int, kind: str = "") -> Path | None:
        return self.folder / f"{shape}-{n}{kind}.json.z" if self.folder else None

    def get(self, shape: str, n: int) -> LadderInput:
        path = self._path(shape, n)
        if path is not None:
            try:
                found = LadderInput(zlib.decompress(path.read_bytes()))
            except (OSError, zlib.error):
                pass
            else:
                try:
                    found.expected_z = self._path(shape, n, ".expected").read_bytes()
                except OSError:
                    pass
                return found
        gen = self.problem.module("generator")
        args = gen.generate(n, shape, random.Random(f"{self.problem.id}:{shape}:{n}"))
        encoded = json.dumps(args).encode()
        if path is not None and len(encoded) <= MAX_CACHED_BYTES:
            self._store(path, zlib.compress(encoded, 1))
        return LadderInput(encoded)

    def store_expected(self, shape: str, n: int, result: Any) -> None:
        """Keep the reference's result on a cached input (see the module's docstring)."""
        path = self._path(shape, n, ".expected")
        if path is None or not self._path(shape, n).exists():
            return
        encoded = json.dumps(result).encode()
        if len(encoded) <= MAX_CACHED_BYTES:
            self._store(path, zlib.compress(encoded, 1))

    def forget_expected(self, shape: str, n: int) -> None:
        path = self._path(shape, n, ".expected")
        try:
            if path is not None:
                path.unlink(missing_ok=True)
        except OSError:
            pass

    @staticmethod
    def _store(path: Path, data: bytes) -> None:
        """Best effort and whole-or-nothing: a full or read-only disk only costs the next run the generation."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError:
            pass
