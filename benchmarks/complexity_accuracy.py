"""How right and how stable the complexity verdicts are, side by side with `big-o` (PyPI 0.11.0).

The corpus is benchmarks/corpus/<category>__<name>/*.py, each file starting with
`# time: O(...)` and `# space: O(...)`, its true class on the generator's worst
shape (see benchmarks/corpus/README.md). For each solution it prints our class and
budget verdict, and big-o's class on the same function and the same generated
inputs (the sizes our ladder reached, so slow solutions stay affordable).

Printed: class accuracy, budget-verdict accuracy (overall, and on solutions whose
class differs from the budget by a factor of n/log n or more), and stability:
the same budget verdict in all of --runs repeated runs while another process
keeps one core busy, on --stable solutions spread over the corpus.

    python benchmarks/complexity_accuracy.py [--backend local|docker] [--runs 5] [--stable 20] [--no-bigo]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from practice.judge import registry
from practice.judge.backends.base import RunnerClient
from practice.judge.complexity.classes import CLASSES, rank
from practice.judge.complexity.verdict import analyse
from practice.judge.pipeline import load_solution, reference_runner
from practice.sandbox.runner import PRELUDE

CORPUS = Path(__file__).parent / "corpus"
BIGO_NAMES = {"Constant": "O(1)", "Logarithmic": "O(log n)", "Linear": "O(n)", "Linearithmic": "O(n log n)",
              "Quadratic": "O(n^2)", "Cubic": "O(n^3)", "Polynomial": "O(n^3)", "Exponential": "O(2^n)"}


@dataclass
class Item:
    path: Path
    problem_id: str
    time_label: str
    space_label: str


def corpus() -> list[Item]:
    items = []
    for path in sorted(CORPUS.glob("*/*.py")):
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        labels = {line.split(":", 1)[0].strip("# ").strip(): line.split(":", 1)[1].strip() for line in head if ":" in line}
        items.append(Item(path, path.parent.name.replace("__", "/"), labels["time"], labels["space"]))
    return items


def clear_gap(a: str, b: str) -> bool:
    """True when two classes differ by a factor of n/log n or more."""
    if a == b or {a, b} in ({"O(n)", "O(n log n)"}, {"O(1)", "O(log n)"}):
        return False
    return True


def ours(item: Item, backend) -> tuple[str | None, bool, dict]:
    problem = registry.get(item.problem_id)
    cand = RunnerClient(backend.open)
    ref = reference_runner(problem)
    try:
        loaded = load_solution(cand, problem, item.path.read_text(encoding="utf-8"))
        assert loaded.ok, f"{item.path}: {loaded.message}"
        parts, wrong = analyse(problem, cand, ref, source=item.path.read_text(encoding="utf-8"))
    finally:
        cand.close()
        ref.close()
    t, sp = parts["time"], parts["space"]
    return t.estimated, bool(t.within_budget), {**t.evidence, "space": {"class": sp.estimated, **sp.evidence}}


def bigo(item: Item, evidence: dict) -> str:
    import big_o

    problem = registry.get(item.problem_id)
    ns: dict = {}
    exec(PRELUDE, ns)
    exec(compile(item.path.read_text(encoding="utf-8"), str(item.path), "exec"), ns)
    fn = ns.get(problem.function)
    if fn is None:
        lc = problem.leetcode
        fn = getattr(ns[lc["class"]](), lc["method"])
    gen = problem.module("generator")
    series = evidence["series"]["worst"]
    sizes = series["n"] or problem.meta["complexity"]["sizes"][:1]

    def data(n: int):
        args = gen.generate(int(n), "worst", random.Random(int(n)))
        for i in problem.stream_args:
            args[i] = iter(args[i])
        return args

    def call(args):
        out = fn(*args)
        if problem.returns == "iterable" and out is not None and not isinstance(out, (list, tuple)):
            for _ in out:
                pass

    try:
        best, _ = big_o.big_o(call, data, min_n=min(sizes), max_n=max(sizes), n_measures=10, n_repeats=1, n_timings=1)
    except Exception as exc:  # noqa: BLE001 - big-o's own fit crashes on some series (an IndexError)
        return f"crash:{type(exc).__name__}"
    return BIGO_NAMES.get(type(best).__name__, type(best).__name__)


def budget_class(item: Item) -> str:
    return registry.get(item.problem_id).budget("time")["class"]["accepted"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=["local", "docker"], default="local")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--stable", type=int, default=20, help="how many solutions get the repeated runs under load")
    ap.add_argument("--no-bigo", action="store_true")
    ap.add_argument("--only", help="substring of the paths to include")
    ap.add_argument("--save", type=Path, help="write every solution's measured series here (JSON), for replaying fits")
    opts = ap.parse_args()
    if opts.backend == "docker":
        from practice.judge.backends.docker import DockerBackend
        from practice.judge.backends.image import ensure_image

        backend = DockerBackend(ensure_image())
    else:
        from practice.judge.backends.local import LocalBackend

        backend = LocalBackend()
    # A fresh input cache: each problem's first solution pays for generating its ladder inputs,
    # the later ones read them back (as a resubmission or a study group's repository would).
    os.environ["PRACTICE_CACHE_DIR"] = tempfile.mkdtemp(prefix="practice-bench-cache-")
    items = [i for i in corpus() if not opts.only or opts.only in str(i.path)]
    seen: set[str] = set()
    t_start = time.monotonic()
    rows: list = []
    saved: list[dict] = []
    print(f"| solution | label | budget | ours | within (true) | big-o |")
    print("|---|---|---|---|---|---|")
    for item in items:
        cls, within, evidence = ours(item, backend)
        b = budget_class(item)
        truth = rank(item.time_label) <= rank(b)
        big = "-" if opts.no_bigo else bigo(item, evidence)
        rows.append((item, cls, within, truth, big, b))
        saved.append({"path": str(item.path.relative_to(CORPUS)), "problem": item.problem_id, "label": item.time_label,
                      "budget": b, "ours": cls, "within": within, "evidence": evidence,
                      "inputs_cached": item.problem_id in seen})
        seen.add(item.problem_id)
        name = f"{item.problem_id}/{item.path.stem}"
        print(f"| {name} | {item.time_label} | {b} | {cls} | {within} ({truth}) | {big} |", flush=True)

    if opts.save:
        opts.save.write_text(json.dumps(saved, indent=1))
    n = len(rows)
    cls_ok = sum(cls == it.time_label for it, cls, *_ in rows)
    bud_ok = sum(within == truth for _, _, within, truth, _, _ in rows)
    clear = [r for r in rows if clear_gap(r[0].time_label, r[5])]
    clear_ok = sum(r[2] == r[3] for r in clear)
    print(f"\nsolutions: {n}; classes in the corpus: "
          + ", ".join(f"{c} {sum(r[0].time_label == c for r in rows)}" for c in CLASSES))
    print(f"ours:  class exactly right {cls_ok}/{n} ({cls_ok / n:.0%}); budget verdict right {bud_ok}/{n} ({bud_ok / n:.0%}); "
          f"where the class is n/log n or more from the budget {clear_ok}/{len(clear)}")
    for label, keep in (("all", lambda r: True), ("inputs generated (first solution of its problem)",
                                                  lambda r: not r["inputs_cached"]),
                        ("inputs cached (later solutions)", lambda r: r["inputs_cached"])):
        within_s = sorted(r["evidence"]["seconds"] for r in saved if r["within"] and keep(r))
        if within_s:
            print(f"complexity stage time, solutions within budget, {label}: median {within_s[len(within_s) // 2]:.1f} s, "
                  f"90th percentile {within_s[int(0.9 * len(within_s))]:.1f} s, max {within_s[-1]:.1f} s, "
                  f"{sum(t <= 3 for t in within_s)}/{len(within_s)} within 3 s")
    if not opts.no_bigo:
        big_ok = sum(big == it.time_label for it, _, _, _, big, _ in rows)
        big_bud = sum((rank(big) <= rank(b)) == truth for _, _, _, truth, big, b in rows if big in CLASSES)
        print(f"big-o: class exactly right {big_ok}/{n} ({big_ok / n:.0%}); budget verdict right {big_bud}/{n} ({big_bud / n:.0%})")

    if opts.stable and opts.runs:
        step = max(1, n // opts.stable)
        sample = rows[::step][: opts.stable]
        hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            stable = 0
            for item, *_ in sample:
                verdicts = [ours(item, backend)[1] for _ in range(opts.runs)]
                same = len(set(verdicts)) == 1
                stable += same
                if not same:
                    print(f"unstable under load: {item.problem_id}/{item.path.stem}: {verdicts}")
        finally:
            hog.kill()
        print(f"stability under load (one core busy): identical budget verdicts in {opts.runs}/{opts.runs} runs "
              f"for {stable}/{len(sample)} solutions")
    print(f"benchmark took {time.monotonic() - t_start:.0f} s")


if __name__ == "__main__":
    main()
