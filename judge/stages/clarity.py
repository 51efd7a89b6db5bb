"""Code clarity from static analysis of the solution text: ruff findings, and per-function
cyclomatic complexity and length from radon.

Static only: the candidate's code is parsed, never run, so this stage runs on the
host. LeetCode conventions are not findings (camelCase method names and
parameters; names LeetCode pre-imports, such as `List` or `heapq`, used without
an import).
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field

# pyflakes, pycodestyle errors and warnings, bugbear, simplify, pep8-naming, ambiguous names.
RUFF_SELECT = "F,E,W,B,SIM,N,E741"
RUFF_IGNORE = "N802,N803,N806,N815,N999,E501,F403,F405"  # LeetCode's camelCase; long lines are not clarity
LINE_LIMIT = 120


@dataclass
class Finding:
    line: int
    code: str
    message: str


@dataclass
class FunctionShape:
    name: str
    line: int
    complexity: int
    length: int


@dataclass
class Clarity:
    findings: list[Finding] = field(default_factory=list)
    functions: list[FunctionShape] = field(default_factory=list)
    error: str | None = None  # the tools could not analyse the text (a syntax error, no ruff)

    @property
    def worst_function(self) -> FunctionShape | None:
        return max(self.functions, key=lambda f: (f.complexity, f.length), default=None)


def _prelude_names() -> set[str]:
    from practice.sandbox.runner import PRELUDE_NAMES

    return set(PRELUDE_NAMES)


def ruff_findings(source: str) -> list[Finding]:
    from ruff.__main__ import find_ruff_bin

    proc = subprocess.run(
        [find_ruff_bin(), "check", "--isolated", "--output-format", "json", "--select", RUFF_SELECT,
         "--ignore", RUFF_IGNORE, "--line-length", str(LINE_LIMIT), "--stdin-filename", "solution.py", "-"],
        input=source, capture_output=True, text=True, timeout=30)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.strip()[:200] or f"ruff exited {proc.returncode}")
    prelude = _prelude_names()
    out = []
    for item in json.loads(proc.stdout or "[]"):
        msg = item.get("message", "")
        if item.get("code") == "F821" and msg.split("`")[1:2] and msg.split("`")[1] in prelude:
            continue  # LeetCode pre-imports it
        out.append(Finding(item["location"]["row"], item.get("code") or "syntax", msg))
    return sorted(out, key=lambda f: f.line)


def function_shapes(source: str) -> list[FunctionShape]:
    from radon.complexity import cc_visit

    shapes: dict[tuple[str, int], FunctionShape] = {}
    for block in cc_visit(source):
        for b in [block, *getattr(block, "methods", [])]:
            if type(b).__name__ == "Function":
                shapes[(b.name, b.lineno)] = FunctionShape(b.name, b.lineno, b.complexity, b.endline - b.lineno + 1)
    return sorted(shapes.values(), key=lambda f: f.line)


def analyse(source: str) -> Clarity:
    result = Clarity()
    try:
        result.findings = ruff_findings(source)
    except Exception as exc:  # noqa: BLE001 - no ruff, or it failed: say so, never invent
        result.error = f"ruff could not run: {exc}"
    try:
        result.functions = function_shapes(source)
    except SyntaxError as exc:
        result.error = f"the code does not parse: {exc.msg} (line {exc.lineno})"
    return result
