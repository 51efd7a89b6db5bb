"""Time from saving a solution to its first verdict in `practice solve` (correctness stages).

    python benchmarks/solve_latency.py [--backend docker|local] [--saves 5]

Drives the real CLI: starts `practice solve arrays/two_sum`, saves a correct
solution and a wrong one alternately, and measures each save until the verdict
line appears. Prints the median and worst in seconds.
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOOD = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n")
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=["docker", "local"], default="docker")
    ap.add_argument("--saves", type=int, default=5)
    ns = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="solve-latency-"))
    env = {**os.environ, "PRACTICE_DATA_DIR": str(tmp / "d"), "PRACTICE_WORKSPACE": str(tmp / "ws"), "COLUMNS": "200"}
    flag = "--docker" if ns.backend == "docker" else "--local"
    proc = subprocess.Popen([sys.executable, "-m", "practice", "solve", "arrays/two_sum", flag, "--poll", "0.05"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    solution = tmp / "ws" / "arrays__two_sum" / "solution.py"

    def wait_for(*texts: str) -> None:
        while True:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("practice solve ended early")
            if any(t in line for t in texts):
                return

    wait_for("every save is judged")
    times = []
    for i in range(ns.saves):
        src, expect = (WRONG, "wrong_answer") if i % 2 == 0 else (GOOD, "measuring complexity")
        t0 = time.perf_counter()
        solution.write_text(src + f"# save {i}\n")
        wait_for(expect)
        times.append(time.perf_counter() - t0)
        if expect != "wrong_answer":
            wait_for("Accepted")  # let the full pass finish before the next save
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    print(f"save -> first verdict ({ns.backend}): median {statistics.median(times):.2f} s, worst {max(times):.2f} s "
          f"over {len(times)} saves")


if __name__ == "__main__":
    main()
