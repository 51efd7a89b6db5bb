"""Grading throughput: a generated study group graded from cold, then again with one file changed.

    python benchmarks/grade_throughput.py [--members 20] [--jobs N] [--trust-local-code]

Each member gets one submission per core problem, drawn (deterministically) from
that package's reference submissions: a mix of accepted, wrong, slow and failing
ones. Targets on a 2-core machine: cold run within 10 minutes for 20 members x
17 problems; the one-file re-run within 30 s.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from practice.judge import registry

CORE = ["arrays/two_sum", "arrays/product_except_self", "two_pointers/window", "two_pointers/min_window",
        "two_pointers/max_area", "binary_search/rotated", "graphs/network_delay", "graphs/course_order",
        "graphs/islands", "heaps/kth_largest", "heaps/top_k_frequent", "dp/edit_distance", "dp/coin_change",
        "dp/lis", "pipelines/sessionize", "pipelines/dedupe_latest", "pipelines/moving_average"]


def make_repo(root: Path, members: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    for m in range(members):
        for pid in CORE:
            subs = sorted(registry.get(pid).submissions(), key=lambda s: str(s[1]))
            _, path = rng.choice(subs)
            dest = root / "solutions" / f"member{m:02d}" / f"{pid.replace('/', '__')}.py"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def run(repo: Path, out: Path, extra: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "practice", "grade", "--repo", str(repo), "--out", str(out), *extra],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--trust-local-code", action="store_true")
    ns = ap.parse_args()
    extra = (["--jobs", str(ns.jobs)] if ns.jobs else []) + (["--trust-local-code"] if ns.trust_local_code else [])
    repo = make_repo(Path(tempfile.mkdtemp(prefix="grade-bench-")), ns.members)
    cold = run(repo, repo / "out1", extra)
    rep = json.loads((repo / "out1" / "report.json").read_text())
    per = [r["seconds"] for r in rep["results"] if not r["cached"]]
    verdicts: dict[str, int] = {}
    for r in rep["results"]:
        verdicts[r["verdict"] or "error"] = verdicts.get(r["verdict"] or "error", 0) + 1
    target = repo / "solutions" / "member00" / "arrays__two_sum.py"
    target.write_text(target.read_text() + "\n# changed\n")
    warm = run(repo, repo / "out2", extra)
    print(f"{len(rep['results'])} submissions ({ns.members} members x {len(CORE)} problems): {verdicts}")
    print(f"cold run: {cold:.0f} s; per-submission median {statistics.median(per):.1f} s (max {max(per):.1f} s)")
    print(f"one file changed: {warm:.1f} s")


if __name__ == "__main__":
    main()
