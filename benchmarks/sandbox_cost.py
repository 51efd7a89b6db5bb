"""What the Docker sandbox costs per run: container start to greeting, load, and first case.

    python benchmarks/sandbox_cost.py [--runs 10]

Prints the median and the worst of each phase (milliseconds) over fresh containers.
"""
from __future__ import annotations

import argparse
import statistics
import time

from practice.judge import registry
from practice.judge.backends.base import RunnerClient
from practice.judge.backends.docker import DockerBackend
from practice.judge.backends.image import ensure_image
from practice.judge.pipeline import load_solution


def one_run(backend: DockerBackend, problem, source: str) -> dict[str, float]:
    t0 = time.perf_counter()
    runner = RunnerClient(backend.open)
    try:
        runner.start()
        t1 = time.perf_counter()
        loaded = load_solution(runner, problem, source)
        assert loaded.ok, loaded.message
        t2 = time.perf_counter()
        case = problem.tests["sample"][0]
        res = runner.call(args=case.args, timeout_s=problem.case_time_s, memory_mb=problem.memory_mb)
        assert res.ok, res.message
        t3 = time.perf_counter()
    finally:
        runner.close()
    t4 = time.perf_counter()
    return {"start": (t1 - t0) * 1e3, "load": (t2 - t1) * 1e3, "first case": (t3 - t2) * 1e3,
            "start to first case": (t3 - t0) * 1e3, "remove": (t4 - t3) * 1e3}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ns = ap.parse_args()
    backend = DockerBackend(ensure_image())
    problem = registry.get("arrays/two_sum")
    source = (problem.root / "reference.py").read_text()
    runs = [one_run(backend, problem, source) for _ in range(ns.runs)]
    print(f"{'phase':22s} {'median ms':>10s} {'worst ms':>10s}")
    for phase in runs[0]:
        vals = [r[phase] for r in runs]
        print(f"{phase:22s} {statistics.median(vals):10.0f} {max(vals):10.0f}")


if __name__ == "__main__":
    main()
