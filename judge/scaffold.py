"""`practice new CATEGORY/NAME`: a package skeleton that `practice verify` accepts once filled in.

Every place the author must fill is marked `TODO(practice new)`; `verify` reports
each file that still holds the marker. The skeleton is written to a temporary
folder beside the target and renamed into place, so a failure leaves nothing
half-written.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from practice.errors import UsageError

MARKER = "TODO(practice new)"
ID = re.compile(r"^[a-z0-9_]+/[a-z0-9_]+$")


def _files(pid: str) -> dict[str, str]:
    name = pid.split("/")[1]
    meta = {
        "id": pid,
        "title": f"{MARKER}: title",
        "difficulty": "medium",
        "tags": [pid.split("/")[0]],
        "entry": {"function": name, "params": ["nums"]},
        "budget": {"time": {"accepted": "O(n log n)", "optimal": "O(n)"},
                   "space": {"accepted": "O(n)", "optimal": "O(n)"}},
        "reference_class": {"time": "O(n)", "space": "O(n)"},
        "size": "n = len(nums)",
        "limits": {"case_time_s": 2.0, "memory_mb": 512},
        "complexity": {"sizes": [4000, 8000, 16000, 32000, 64000, 128000], "shapes": ["worst", "random"]},
        "checker": False,
        "stream_args": [],
        "returns": "value",
        "hints": [f"{MARKER}: the pattern", f"{MARKER}: the approach", f"{MARKER}: the complexity target"],
        "constraints": {"bounds": {"len(nums)": [1, 200000], "nums[i]": [-10**9, 10**9]}, "reach": ["len(nums)"],
                        "generator_n": [200000]},
    }
    stub = f"def {name}(nums):\n    # {MARKER}: the reference solution\n    raise NotImplementedError\n"
    return {
        "problem.json": json.dumps(meta, indent=2) + "\n",
        "statement.md": (f"# {MARKER}: title\n\n{MARKER}: the task, in a few sentences.\n\n## Examples\n\n"
                         f"```\n{name}([...]) == ...\n```\n\n## Constraints\n\n- `1 <= len(nums) <= 2 * 10^5`\n"
                         "- `-10^9 <= nums[i] <= 10^9`\n\n"
                         "## Budget\n\nTime O(n log n) accepted, O(n) optimal; extra space O(n).\n"),
        "templates/solution.py": f"def {name}(nums):\n    ...\n",
        "reference.py": f'"""{MARKER}: one line on the approach."""\n\n\n' + stub,
        "tests/sample.json": json.dumps([{"name": "example_1", "args": [[1, 2, 3]], "expected": MARKER}], indent=2) + "\n",
        "tests/edge.json": json.dumps([{"name": "empty", "args": [[]], "expected": MARKER},
                                       {"name": "single", "args": [[1]], "expected": MARKER}], indent=2) + "\n",
        "tests/hidden.json": json.dumps([{"name": "random_1", "args": [[5, 1, 4]], "expected": MARKER}], indent=2) + "\n",
        "properties.py": (f'"""Hypothesis strategy for {pid}: small inputs, < 10 ms per call."""\n'
                          "from hypothesis import strategies as st\n\n\n"
                          "def args_strategy():\n"
                          f"    # {MARKER}: the argument lists\n"
                          "    return st.lists(st.integers(-100, 100), max_size=30).map(lambda nums: [nums])\n\n\n"
                          "def invariants(args, got):\n"
                          f"    # {MARKER}: assert what any correct answer satisfies, with a message\n"
                          "    pass\n"),
        "generator.py": (f'"""Sizes for the complexity stage of {pid}; "worst" makes slow solutions slow."""\n'
                         "import random\n\nSHAPES = (\"worst\", \"random\")\n\n\n"
                         "def generate(n: int, shape: str, rng: random.Random) -> list:\n"
                         f"    # {MARKER}: the worst-case shape\n"
                         "    return [[rng.randint(-10**9, 10**9) for _ in range(n)]]\n\n\n"
                         "def measure(nums: list) -> dict:\n"
                         f'    """{MARKER}: the quantities the constraints in problem.json bound, named as the statement writes them."""\n'
                         '    return {"len(nums)": len(nums), "nums[i]": nums}\n'),
        "submissions/accepted/reference_copy.py": f"# {MARKER}: an accepted solution (first line says how and its complexity)\n" + stub,
        "submissions/wrong_answer/edge_only.py": f"# {MARKER}: a wrong answer that only the edge tests catch\n" + stub,
        "submissions/wrong_answer/property_only.py": f"# {MARKER}: a wrong answer that only the properties catch\n" + stub,
        "submissions/too_slow/quadratic.py": f"# {MARKER}: correct, but over the time or space budget\n" + stub,
    }


def default_root() -> Path:
    """Where new packages go: the first folder in PRACTICE_PROBLEMS, else ./problems of a checkout."""
    extra = [p for p in os.environ.get("PRACTICE_PROBLEMS", "").split(os.pathsep) if p]
    if extra:
        return Path(extra[0])
    if Path("problems").is_dir():
        return Path("problems")
    raise UsageError("There is no problem bank here to add to.",
                     "Run from the repository root (it has problems/), pass --root DIR, or set PRACTICE_PROBLEMS.")


def scaffold(pid: str, root: Path | None = None) -> Path:
    if not ID.match(pid):
        raise UsageError(f"{pid!r} is not a problem ID.", "Write CATEGORY/NAME in lowercase letters, digits and _, "
                                                          "for example graphs/bridges.")
    root = Path(root) if root is not None else default_root()
    target = root / pid
    if target.exists():
        raise UsageError(f"{target} already exists.", "Pick another name, or edit that package.")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        for rel, text in _files(pid).items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def unfinished(root: Path) -> list[str]:
    """Files of a package that still hold the scaffold's marker."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and p.suffix in (".py", ".json", ".md") and MARKER in p.read_text(encoding="utf-8",
                                                                                                  errors="replace"))
