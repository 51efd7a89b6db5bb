"""Load a problem package from its folder and refuse a broken one clearly.

A package is trusted host-side material (see docs/problem-package.md). Loading
validates problem.json against the shipped schema and checks that the files the
judge needs are there; the Python parts (reference, checker, properties,
generator) are imported lazily, each under a unique module name.
"""
from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import jsonschema

from practice.errors import ProblemPackageError

TEST_KINDS = ("sample", "edge", "hidden")
REQUIRED_FILES = ("problem.json", "statement.md", "reference.py", "properties.py", "generator.py",
                  "templates/solution.py", "tests/sample.json", "tests/edge.json", "tests/hidden.json")


@functools.cache
def problem_schema() -> dict:
    return json.loads(resources.files("practice.judge").joinpath("schemas/problem.schema.json").read_text())


@dataclass(frozen=True)
class TestCase:
    """One input with a name; expected output comes from the reference on the host."""

    name: str
    kind: str
    args: list
    expected: Any = None
    has_expected: bool = False


@dataclass
class Problem:
    id: str
    root: Path
    meta: dict
    _modules: dict = field(default_factory=dict, repr=False)

    # -- metadata ----------------------------------------------------------
    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def category(self) -> str:
        return self.id.split("/")[0]

    @property
    def function(self) -> str:
        return self.meta["entry"]["function"]

    @property
    def params(self) -> list[str]:
        return self.meta["entry"]["params"]

    @property
    def leetcode(self) -> dict | None:
        return self.meta["entry"].get("leetcode")

    @property
    def case_time_s(self) -> float:
        return float(self.meta["limits"]["case_time_s"])

    @property
    def memory_mb(self) -> int:
        return int(self.meta["limits"]["memory_mb"])

    @property
    def stream_args(self) -> list[int]:
        return list(self.meta.get("stream_args", []))

    @property
    def returns(self) -> str:
        return self.meta.get("returns", "value")

    def budget(self, kind: str) -> dict:
        """{'accepted', 'optimal'} in the problem's terms, plus 'class' in the scaled n."""
        b = dict(self.meta["budget"][kind])
        b.setdefault("class", {"accepted": b["accepted"], "optimal": b["optimal"]})
        return b

    # -- files -------------------------------------------------------------
    def statement(self) -> str:
        return (self.root / "statement.md").read_text(encoding="utf-8")

    def template(self, style: str = "solution") -> str:
        path = self.root / "templates" / f"{style}.py"
        if not path.exists():
            raise ProblemPackageError(f"{self.id} has no {style} template.")
        return path.read_text(encoding="utf-8")

    @functools.cached_property
    def tests(self) -> dict[str, list[TestCase]]:
        out: dict[str, list[TestCase]] = {}
        for kind in TEST_KINDS:
            path = self.root / "tests" / f"{kind}.json"
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise ProblemPackageError(f"{path} is not valid JSON: {exc}.", "Fix the file and retry.") from exc
            if not isinstance(raw, list):
                raise ProblemPackageError(f"{path} must hold a JSON list of cases.")
            cases = []
            for i, case in enumerate(raw):
                if not isinstance(case, dict) or "name" not in case or not isinstance(case.get("args"), list):
                    raise ProblemPackageError(f"{path}: case {i} needs a 'name' and an 'args' list.")
                if len(case["args"]) != len(self.params):
                    raise ProblemPackageError(
                        f"{path}: case {case['name']!r} has {len(case['args'])} args; the entry takes {len(self.params)}.")
                cases.append(TestCase(case["name"], kind, case["args"], case.get("expected"), "expected" in case))
            out[kind] = cases
        return out

    def submissions(self) -> list[tuple[str, Path]]:
        """(expected verdict, path) for every reference submission in the package."""
        base = self.root / "submissions"
        return sorted((p.parent.name, p) for p in base.glob("*/*.py")) if base.is_dir() else []

    # -- trusted Python parts (host side only) -----------------------------
    def module(self, name: str) -> ModuleType:
        if name not in self._modules:
            path = self.root / f"{name}.py"
            mod_name = f"practice_pkg_{self.id.replace('/', '__')}__{name}"
            spec = importlib.util.spec_from_file_location(mod_name, path)
            if spec is None or spec.loader is None:
                raise ProblemPackageError(f"{path} cannot be imported.")
            module = importlib.util.module_from_spec(spec)
            try:
                spec.loader.exec_module(module)
            except Exception as exc:
                raise ProblemPackageError(f"{path} failed to import: {type(exc).__name__}: {exc}.") from exc
            self._modules[name] = module
        return self._modules[name]

    @property
    def reference(self) -> Callable:
        return getattr(self.module("reference"), self.function)

    @property
    def reference_source(self) -> str:
        return (self.root / "reference.py").read_text(encoding="utf-8")

    @property
    def checker(self) -> Callable | None:
        return self.module("checker").check if self.meta.get("checker") else None


def load_problem(root: Path, expected_id: str | None = None) -> Problem:
    """Load and validate one package; raise ProblemPackageError naming the file and field."""
    meta_path = root / "problem.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProblemPackageError(f"{meta_path} is missing.", "Every package needs a problem.json.") from exc
    except ValueError as exc:
        raise ProblemPackageError(f"{meta_path} is not valid JSON: {exc}.") from exc
    errors = sorted(jsonschema.Draft202012Validator(problem_schema()).iter_errors(meta), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise ProblemPackageError(f"{meta_path}: field {where}: {err.message}.",
                                  "See docs/problem-package.md for the format.")
    if expected_id and meta["id"] != expected_id:
        raise ProblemPackageError(f"{meta_path}: id is {meta['id']!r} but the folder says {expected_id!r}.")
    for rel in REQUIRED_FILES:
        if not (root / rel).is_file():
            raise ProblemPackageError(f"{root / rel} is missing.", "See docs/problem-package.md for the format.")
    if meta.get("checker") and not (root / "checker.py").is_file():
        raise ProblemPackageError(f"{root}/problem.json says checker: true but checker.py is missing.")
    return Problem(meta["id"], root, meta)
