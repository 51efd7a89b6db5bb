"""How long `practice check` takes, per core problem, with a warm sandbox image.

For each problem, the reference solution is judged as a candidate would be:
- `full`: every stage, complexity included;
- `correctness`: load + sample/edge/hidden cases (no properties, no complexity);
- `no complexity`: correctness + properties;
- `in-process`: the same sample/edge/hidden cases called directly in this
  process, no sandbox, compared with the same host-side comparison.
Each is the median of --repeats runs. Targets on a 2-core machine:
correctness within 1 s, a whole check within 5 s.

    python benchmarks/check_latency.py [--repeats 3] [--backend docker|local] [IDS...]
"""
from __future__ import annotations

import argparse
import copy
import statistics
import time

from practice.judge import registry
from practice.judge.compare import expected_output, judge_output, normalise
from practice.judge.pipeline import check


def in_process(problem) -> float:
    fn = problem.reference
    t0 = time.perf_counter()
    for cases in problem.tests.values():
        for case in cases:
            args = copy.deepcopy(case.args)
            for i in problem.stream_args:
                args[i] = iter(args[i])
            got = fn(*args)
            if problem.returns == "iterable" and not isinstance(got, (list, tuple)):
                got = list(got)
            judge_output(problem, case.args, expected_output(problem, case.args), normalise(got))
    return time.perf_counter() - t0


def timed(problem, source, backend, **kw) -> tuple[float, str]:
    t0 = time.perf_counter()
    report = check(problem, source, "reference.py", backend, **kw)
    return time.perf_counter() - t0, report.verdict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--backend", choices=["docker", "local"], default="docker")
    opts = ap.parse_args()
    if opts.backend == "docker":
        from practice.judge.backends.docker import DockerBackend
        from practice.judge.backends.image import ensure_image

        backend = DockerBackend(ensure_image())
    else:
        from practice.judge.backends.local import LocalBackend

        backend = LocalBackend()
    ids = opts.ids or registry.problem_ids()
    print(f"backend: {backend.name}; median of {opts.repeats} runs; seconds")
    print(f"| problem | correctness | no complexity | full | in-process | correctness / in-process | verdict |")
    print("|---|---|---|---|---|---|---|")
    worst_full = worst_corr = 0.0
    for pid in ids:
        p = registry.get(pid)
        src = p.reference_source
        corr, noc, full, inproc, verdicts = [], [], [], [], set()
        for _ in range(opts.repeats):
            t, v = timed(p, src, backend, with_complexity=False, with_properties=False)
            corr.append(t)
            t, v = timed(p, src, backend, with_complexity=False)
            noc.append(t)
            t, v = timed(p, src, backend)
            full.append(t)
            verdicts.add(v)
            inproc.append(in_process(p))
        c, n, f, i = (statistics.median(x) for x in (corr, noc, full, inproc))
        worst_full, worst_corr = max(worst_full, f), max(worst_corr, c)
        print(f"| {pid} | {c:.2f} | {n:.2f} | {f:.2f} | {i:.3f} | {c / max(i, 1e-4):.0f}x | {'/'.join(sorted(verdicts))} |")
    print(f"\nslowest correctness stages: {worst_corr:.2f} s (target 1 s); slowest full check: {worst_full:.2f} s (target 5 s)")


if __name__ == "__main__":
    main()
