"""The complexity stage: time and extra-space classes from measurements, against the budget.

How it measures (see ../shared/complexity-facts.md for why):
- Sizes come from the package's generator ladder, worst-case and random shapes;
  each input is sent once, and every repeat runs in a fresh forked child, so the
  candidate always gets a fresh copy and input construction is never timed.
- Time is kernel CPU time of the call's processes, minus a no-op call on the same
  input (fork, copy-on-write, module load), minimum over repeats, sizes
  interleaved across repeats. The candidate cannot patch it.
- The reference solution is measured the same way (in a trusted local runner) on
  identical inputs; the growth of candidate/reference cancels cache and
  allocator effects that make O(n) look superlinear, and the class is the
  reference's class times that relative growth.
- A ladder stops early when the next size is projected past the per-call cap,
  so exponential and far-over-budget code ends in seconds with the sizes reached.
- Extra space is the call's peak resident set above the runner's at fork time.
"""
from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field

from practice.judge.backends.base import RunnerClient
from practice.judge.package import Problem
from practice.judge.report import ComplexityPart

CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"]
POWER = {"O(1)": 0, "O(log n)": 0, "O(n)": 1, "O(n log n)": 1, "O(n^2)": 2, "O(n^3)": 3, "O(2^n)": 9}
BY_POWER = {0: "O(1)", 1: "O(n)", 2: "O(n^2)", 3: "O(n^3)", 9: "O(2^n)"}
TIME_FLOOR_NS = 300_000  # below this, a difference is noise (fork + scheduler jitter)
SPACE_FLOOR_B = 1 << 20
CALL_CAP_S = 1.5  # a single call slower than this ends the ladder
REPEATS = 3


def rank(cls: str) -> int:
    return CLASSES.index(cls)


@dataclass
class Series:
    """Measurements of one solution on one shape: per size, min CPU ns and min extra bytes."""

    sizes: list[int] = field(default_factory=list)
    time_ns: list[float] = field(default_factory=list)
    space_b: list[float] = field(default_factory=list)
    stopped_at: int | None = None
    failure: str | None = None


def _measure(runner: RunnerClient, problem: Problem, shape: str, inputs: dict[int, list], cap_s: float) -> Series:
    """Ascend the ladder once (stopping early if too slow), then repeat on the sizes reached."""
    s = Series()
    raw: dict[int, list[tuple[int, int]]] = {}
    noop: dict[int, tuple[int, int]] = {}
    prev = None
    for n in sorted(inputs):
        key = f"{shape}:{n}"
        runner.put(key, inputs[n])
        base = runner.call(key=key, timeout_s=30, memory_mb=problem.memory_mb, noop=True,
                           stream_args=problem.stream_args, returns=problem.returns)
        noop[n] = (base.cpu_ns, base.peak_extra_bytes)
        res = runner.call(key=key, timeout_s=cap_s * 2, memory_mb=problem.memory_mb,
                          stream_args=problem.stream_args, returns=problem.returns)
        if not res.ok:
            s.stopped_at, s.failure = n, res.status
            runner.drop(key)
            break
        raw[n] = [(res.cpu_ns, res.peak_extra_bytes)]
        t = res.cpu_ns / 1e9
        growth = t / prev if prev and prev > 1e-4 else 4.0
        prev = t
        if t > cap_s or t * max(growth, 2.0) > cap_s:
            s.stopped_at = n
            break
    for _ in range(REPEATS - 1):
        for n in raw:
            res = runner.call(key=f"{shape}:{n}", timeout_s=cap_s * 2, memory_mb=problem.memory_mb,
                              stream_args=problem.stream_args, returns=problem.returns)
            if res.ok:
                raw[n].append((res.cpu_ns, res.peak_extra_bytes))
    for n in list(inputs):
        runner.drop(f"{shape}:{n}") if n in raw else None
    for n in sorted(raw):
        s.sizes.append(n)
        s.time_ns.append(max(min(t for t, _ in raw[n]) - noop[n][0], 1.0))
        s.space_b.append(max(min(b for _, b in raw[n]) - noop[n][1], 0.0))
    return s


def _slope(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / den if den else 0.0


def _power_of(e: float) -> int:
    for p, hi in ((0, 0.5), (1, 1.5), (2, 2.5), (3, 3.6)):
        if e < hi:
            return p
    return 9


def _classify(cand: Series, ref: Series, ref_class: str) -> tuple[str | None, float, float, str]:
    """(class, exponent estimate, confidence 0-1, how) from candidate and reference series."""
    pts = [(n, tc) for n, tc in zip(cand.sizes, cand.time_ns)]
    if len(pts) < 2:
        return None, float("nan"), 0.5, "too few sizes finished"
    ref_t = dict(zip(ref.sizes, ref.time_ns))
    common = [(n, tc, ref_t[n]) for n, tc in pts if n in ref_t and ref_t[n] >= TIME_FLOOR_NS and tc >= TIME_FLOOR_NS]
    big = [(n, tc) for n, tc in pts if tc >= TIME_FLOOR_NS]
    # Exponential: the last step alone grows faster than any polynomial we score.
    if len(pts) >= 2:
        (n1, t1), (n2, t2) = pts[-2], pts[-1]
        if t1 >= TIME_FLOOR_NS and n2 > n1 and math.log(t2 / t1) / math.log(n2 / n1) > 4.5:
            return "O(2^n)", 9.0, 0.9, "time explodes between the last two sizes"
    if len(common) >= 3:
        d = _slope([n for n, _, _ in common], [tc / tr for _, tc, tr in common])
        e = POWER[ref_class] + d
        how = "relative to the reference"
    elif len(big) >= 2:
        e = _slope([n for n, _ in big], [t for _, t in big])
        how = "from absolute times"
    else:
        e = 0.0
        how = "time stays below the noise floor at every size"
    p = _power_of(e)
    cls = ref_class if p == POWER[ref_class] else BY_POWER[p]
    conf = max(0.05, min(1.0, 1.0 - 2 * abs(e - p))) if p != 9 else 0.8
    return cls, e, conf, how


def _space_class(series: list[Series]) -> tuple[str, float, float]:
    """Extra space from peak resident memory. Containers grow in steps (dict and list resizes),
    so the slope between neighbouring sizes overreacts; instead: O(1) when the peak stays under
    the floor, O(n^2) only when the peak is physically quadratic (>= 4 bytes * n^2), else the
    endpoint slope decides between O(1) and O(n)."""
    worst_e, cls = 0.0, "O(1)"
    for s in series:
        pts = [(n, b) for n, b in zip(s.sizes, s.space_b) if b >= SPACE_FLOOR_B]
        if not pts:
            continue
        n_max, b_max = pts[-1]
        if b_max >= 4 * n_max * n_max:
            return "O(n^2)", 2.0, 0.8
        if len(pts) >= 2 and pts[-1][0] >= 2 * pts[0][0]:
            e = math.log(b_max / pts[0][1]) / math.log(n_max / pts[0][0])
        else:
            e = 0.6 if len(s.sizes) >= 3 else 0.0
        worst_e = max(worst_e, e)
        if e >= 0.5:
            cls = "O(n)"
    conf = max(0.05, min(1.0, 1.0 - abs(worst_e - (1 if cls == "O(n)" else 0))))
    return cls, worst_e, conf


def generate_inputs(problem: Problem, shape: str, sizes: list[int] | None = None) -> dict[int, list]:
    gen = problem.module("generator")
    return {n: gen.generate(n, shape, random.Random(f"{problem.id}:{shape}:{n}"))
            for n in (sizes or problem.meta["complexity"]["sizes"])}


def _extend_down(runner, ref, problem, shape, cand: Series, ref_s: Series, cap_s: float) -> tuple[Series, Series]:
    """A solution too slow for the ladder's first sizes gets smaller sizes, so it still gets a class."""
    lo = min(problem.meta["complexity"]["sizes"])
    sizes = [n for n in (lo // 8, lo // 4, lo // 2) if n >= 8]
    if not sizes:
        return cand, ref_s
    inputs = generate_inputs(problem, shape, sizes)
    small_c = _measure(runner, problem, shape, inputs, cap_s)
    small_r = _measure(ref, problem, shape, inputs, cap_s)
    def merge(a: Series, b: Series) -> Series:
        return Series(a.sizes + b.sizes, a.time_ns + b.time_ns, a.space_b + b.space_b, b.stopped_at, b.failure)
    return merge(small_c, cand), merge(small_r, ref_s)


def analyse(problem: Problem, cand: RunnerClient, ref: RunnerClient, cap_s: float = CALL_CAP_S) -> dict[str, ComplexityPart]:
    """Measure candidate and reference on every shape and judge both classes against the budget."""
    t0 = time.monotonic()
    cand_series, ref_series = {}, {}
    for shape in problem.meta["complexity"]["shapes"]:
        inputs = generate_inputs(problem, shape)
        ref_series[shape] = _measure(ref, problem, shape, inputs, cap_s)
        cand_series[shape] = _measure(cand, problem, shape, inputs, cap_s)
        if len(cand_series[shape].sizes) < 3:
            cand_series[shape], ref_series[shape] = _extend_down(cand, ref, problem, shape, cand_series[shape],
                                                                 ref_series[shape], cap_s)
    ref_class = problem.meta["reference_class"]["time"]
    tb, sb = problem.budget("time"), problem.budget("space")

    worst = None
    for shape, s in cand_series.items():
        cls, e, conf, how = _classify(s, ref_series[shape], ref_class)
        if cls is None:  # stopped after one size: slower than the cap already
            r = ref_series[shape]
            cls = "O(2^n)" if s.stopped_at == min(problem.meta["complexity"]["sizes"]) else None
            e, conf, how = float("nan"), 0.6, "stopped at the smallest sizes"
            if cls is None and r.time_ns and s.time_ns:
                ratio = s.time_ns[-1] / max(r.time_ns[min(len(r.time_ns), len(s.time_ns)) - 1], 1.0)
                cls = "O(n^2)" if ratio > 20 else ref_class
        key = (rank(cls), conf)
        if worst is None or key > worst[0]:
            worst = (key, shape, cls, e, conf, how)
    _, shape, cls, e, conf, how = worst
    s = cand_series[shape]
    within = rank(cls) <= rank(tb["class"]["accepted"])
    optimal = rank(cls) <= rank(tb["class"]["optimal"])
    if s.stopped_at is not None and s.failure is None and not within:
        stop = f" It was stopped at n={s.stopped_at}, projected past {cap_s:g} s per call."
    elif s.stopped_at is not None and s.failure:
        stop = f" At n={s.stopped_at} the call ended with {s.failure}."
    else:
        stop = ""
    if len(s.sizes) >= 2 and not math.isnan(e):
        growth = f"time grows x{2 ** e:.1f} when n doubles ({how}, {shape} inputs up to n={s.sizes[-1]})"
    else:
        growth = f"the {shape} inputs were too slow to finish more than {len(s.sizes)} size(s)"
    verdict_text = "within" if within else "over"
    time_part = ComplexityPart(
        estimated=cls, budget=tb["accepted"], optimal=tb["optimal"], within_budget=within, optimal_met=optimal,
        confidence=round(conf, 2),
        explanation=f"{growth}: {cls}, {verdict_text} the budget {tb['accepted']} (n: {problem.meta['size']}).{stop}",
        evidence={"shape": shape, "exponent": None if math.isnan(e) else round(e, 3), "method": how,
                  "series": {sh: {"n": v.sizes, "cpu_ms": [round(t / 1e6, 3) for t in v.time_ns],
                                  "reference_cpu_ms": [round(t / 1e6, 3) for t in ref_series[sh].time_ns],
                                  "stopped_at": v.stopped_at} for sh, v in cand_series.items()},
                  "seconds": round(time.monotonic() - t0, 2)})
    scls, se, sconf = _space_class(list(cand_series.values()))
    swithin = rank(scls) <= rank(sb["class"]["accepted"])
    peak = max((b for v in cand_series.values() for b in v.space_b), default=0)
    space_part = ComplexityPart(
        estimated=scls, budget=sb["accepted"], optimal=sb["optimal"], within_budget=swithin,
        optimal_met=rank(scls) <= rank(sb["class"]["optimal"]), confidence=round(sconf, 2),
        explanation=(f"peak extra memory reached {peak / 2**20:.1f} MiB and grows like {scls}: "
                     f"{'within' if swithin else 'over'} the budget {sb['accepted']}."),
        evidence={"series": {sh: {"n": v.sizes, "extra_kib": [round(b / 1024) for b in v.space_b]}
                             for sh, v in cand_series.items()}, "exponent": round(se, 3)})
    return {"time": time_part, "space": space_part}
