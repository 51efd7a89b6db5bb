"""From ladders to the report's complexity parts: classes, budget verdicts, evidence, one sentence.

The worst shape decides (a solution is as slow as its worst input). A fit whose
exponent sits within 0.2 of a class boundary, or in the upper part of its class,
is first measured on up to two larger sizes (where a small-constant term shows),
then re-measured on its top sizes (up to twice) before it is believed; the
confidence reported is how far the final exponent sits from the nearest boundary.
"""
from __future__ import annotations

import time

from practice.judge.backends.base import RunnerClient
from practice.judge.complexity.classes import margin, power_of, rank
from practice.judge.complexity.fit import TIME_FLOOR_NS, Fit, classify, floor_by_space, refine_log, refine_shift
from practice.judge.complexity.measure import CALL_CAP_S, STAGE_CALLS_S, Ladder, Measurer
from practice.judge.complexity.space import space_class
from practice.judge.complexity.structure import Cause, log_causes
from practice.judge.package import Problem
from practice.judge.report import ComplexityPart

REPEATS = 3
REFINE_MARGIN = 0.2
REFINE_ROUNDS = 2
ACCELERATING = 0.2  # exponent this far above its class power: measure larger sizes
EXTEND_STEPS = 2  # larger sizes measured, one at a time, while the fit stays accelerating or near a boundary


def _extend_down(m: Measurer, ladder: Ladder, sizes: list[int]) -> None:
    """A solution too slow for the ladder's first sizes gets smaller ones, so it still gets a class."""
    lo = min(sizes)
    smaller = [n for n in (lo // 8, lo // 4, lo // 2) if n >= 8]
    if not smaller:
        return
    low = m.ladder(ladder.shape, smaller, REPEATS)
    ladder.cand.update(low.cand)
    ladder.ref.update(low.ref)


def _room_above(ladder: Ladder, fit: Fit | None) -> bool:
    """A fitted exponent, and a ladder that neither stopped nor was trimmed: larger sizes can be measured."""
    return fit is not None and fit.exponent is not None and ladder.stopped_at is None \
        and ladder.trimmed_at is None and bool(ladder.sizes)


def _accelerating(ladder: Ladder, fit: Fit | None) -> bool:
    """Growth in the upper part of its class at the ladder's top, with room to measure further:
    a superlinear term with a small constant may not have taken over yet."""
    return _room_above(ladder, fit) and fit.exponent - power_of(fit.exponent) >= ACCELERATING


def _unsettled(ladder: Ladder, fit: Fit | None) -> bool:
    """Accelerating, near a class boundary, or just emerging from the noise floor (one or two sizes
    above it, the top among them), with room to measure further: a larger size says more about the
    asymptotic class than more repeats of the sizes already measured."""
    if not _room_above(ladder, fit):
        return False
    above = [n for n in ladder.sizes if ladder.cand[n].time_ns >= TIME_FLOOR_NS]
    emerging = 0 < len(above) <= 2 < len(ladder.sizes) and above[-1] == ladder.sizes[-1]
    return _accelerating(ladder, fit) or margin(fit.exponent) < REFINE_MARGIN or emerging


def _cost_s(ladder: Ladder, sizes: list[int]) -> float:
    """What measuring these sizes costs both solutions, every repeat, at the readings so far."""
    return REPEATS * sum(ladder.cand[n].time_ns + ladder.ref[n].time_ns for n in sizes) / 1e9


def _extend_up(m: Measurer, ladder: Ladder, fit: Fit, budget_s: float) -> bool:
    """One larger size (twice the top), to let a small-constant superlinear term show; False when
    the candidate is too slow for it or it cannot be generated. It may pass the statement's bounds
    (constraints.generator_n): growth seen there counts, but a crash or a wrong result there
    (memory or values the problem never promised) only ends the ladder.

    Below a quadratic reading it is measured whatever it costs (up to the call cap): that is where
    hidden list shifts and substring scans live, and where most budgets sit. From a quadratic
    reading up, only within the shape's share of the stage's time (`budget_s`)."""
    top = ladder.sizes[-1]
    if ladder.cand[top].time_ns / 1e9 * 4 > m.cap_s:
        return False
    if fit.exponent is not None and fit.exponent >= 2.0 \
            and _cost_s(ladder, ladder.sizes) + 4 * _cost_s(ladder, [top]) > budget_s:
        return False
    bound = max(m.problem.meta.get("constraints", {}).get("generator_n", [0]))
    m.settle()
    wrong_before = m.wrong
    try:
        high = m.ladder(ladder.shape, [2 * top], REPEATS)
    except Exception:  # noqa: BLE001 - a generator may not reach past its ladder (e.g. distinct characters)
        return False
    ladder.cand.update(high.cand)
    ladder.ref.update(high.ref)
    ladder.stopped_at, ladder.failure = high.stopped_at, high.failure
    m.settle()
    if m.wrong is not wrong_before and m.wrong[1] > bound:
        m.wrong = wrong_before  # a wrong answer beyond the stated bounds is not a wrong answer
    if high.failure not in (None, "time_limit_exceeded") and high.stopped_at is not None \
            and high.stopped_at > bound:
        ladder.failure, ladder.failure_message = None, ""
    return bool(high.sizes)


def _measure_shape(m: Measurer, shape: str, sizes: list[int], ref_class: str,
                   causes: list[Cause] | None, budget_s: float) -> tuple[Ladder, Fit | None]:
    ladder = m.ladder(shape, sizes, REPEATS, budget_s)
    if ladder.stopped_at is not None and ladder.stopped_at <= sizes[0] and not ladder.sizes:
        # It could not finish the package's smallest size, where the reference takes well under
        # a millisecond: far over any budget. Smaller sizes would only sit below the noise floor
        # and fit as flat (O(1)).
        m.release(ladder)
        return ladder, None
    # One size only (finished, but the next was projected past the cap): it took over a third of a
    # second there, so sizes down to an eighth still sit well above the noise floor and give a class.
    if len(ladder.sizes) < 3:
        _extend_down(m, ladder, sizes)
    fit = classify(*ladder.series(), ref_class)
    for _ in range(EXTEND_STEPS):
        if not _unsettled(ladder, fit) or not _extend_up(m, ladder, fit, budget_s):
            break
        fit = classify(*ladder.series(), ref_class)
    rounds = 0
    while fit and fit.exponent is not None and margin(fit.exponent) < REFINE_MARGIN and rounds < REFINE_ROUNDS:
        m.repeat(ladder, ladder.sizes[-4:])
        fit = classify(*ladder.series(), ref_class)
        rounds += 1
    m.release(ladder)
    if fit is not None and causes is not None:
        fit = refine_shift(refine_log(fit, causes), *ladder.series(), causes, ladder_top=max(sizes))
    return ladder, fit


def analyse(problem: Problem, cand: RunnerClient, ref: RunnerClient, cap_s: float = CALL_CAP_S,
            source: str | None = None) -> tuple[dict[str, ComplexityPart], tuple[str, int, str] | None]:
    """Measure candidate and reference on every shape and judge time and space against the budget.

    Timing decides the power of n; `source` (read, never run, on the host) decides a log factor
    within a power and confirms a hidden list shift (see `structure`). Without it, the log factor
    follows the reference's class.

    Also returns (shape, n, verdict, why) when the candidate was wrong on a ladder input, or crashed
    on one (runtime error, memory limit)."""
    t0 = time.monotonic()
    m = Measurer(problem, cand, ref, cap_s)
    sizes = problem.meta["complexity"]["sizes"]
    ref_class = problem.meta["reference_class"]["time"]
    causes = log_causes(source) if source is not None else None
    try:
        shapes = problem.meta["complexity"]["shapes"]
        results = {shape: _measure_shape(m, shape, sizes, ref_class, causes, STAGE_CALLS_S / len(shapes))
                   for shape in shapes}
    finally:
        m.close()  # every check done: `wrong` and `verified` are final
    copies = any(c.kind == "copy" for c in causes or [])
    spaces = {shape: space_class(ladder.sizes, _extra(ladder), copies)
              for shape, (ladder, _) in results.items()}
    results = {shape: (ladder, floor_by_space(fit, *spaces[shape])) for shape, (ladder, fit) in results.items()}
    evidence = {"series": {shape: _series(ladder) for shape, (ladder, _) in results.items()},
                "code_signals": [str(c) for c in causes or []],
                "calls": m.calls, "results_verified": m.verified, "seconds": round(time.monotonic() - t0, 2)}
    parts = {"time": _time_part(problem, results, evidence, cap_s), "space": _space_part(problem, results, spaces)}
    if m.wrong is not None:
        shape, n, why = m.wrong
        return parts, (shape, n, "wrong_answer", why)
    for shape, (ladder, _) in results.items():
        # A crash on a large input (deep recursion, memory) is a failure of its own, not slowness.
        if ladder.failure not in (None, "time_limit_exceeded"):
            return parts, (shape, ladder.stopped_at, ladder.failure, ladder.failure_message or ladder.failure)
    return parts, None


def _extra(ladder: Ladder) -> list[float]:
    """The candidate's peak extra memory at each size it finished."""
    return [ladder.cand[n].space_b for n in ladder.sizes]


def _series(ladder: Ladder) -> dict:
    sizes, cand, ref = ladder.series()
    return {"n": sizes, "cpu_ms": [round(t / 1e6, 3) for t in cand], "reference_cpu_ms": [round(t / 1e6, 3) for t in ref],
            "repeats": [len(ladder.cand[n].cpu_ns) for n in sizes],
            "readings_contradicted_by_kernel": sum(ladder.cand[n].overridden for n in sizes),
            "stopped_at": ladder.stopped_at,
            "trimmed_at": ladder.trimmed_at,
            "failure": ladder.failure}


def _time_part(problem: Problem, results: dict[str, tuple[Ladder, Fit | None]], evidence: dict,
               cap_s: float) -> ComplexityPart:
    tb = problem.budget("time")
    worst_shape, worst_key = None, None
    for shape, (_, fit) in results.items():
        key = (99 if fit is None else rank(fit.cls), fit.confidence if fit else 0)  # worst class, surest fit
        if worst_key is None or key > worst_key:
            worst_shape, worst_key = shape, key
    ladder, fit = results[worst_shape]
    budget_n = f"{tb['accepted']} (n: {problem.meta['size']})"
    if fit is None:
        reached = ladder.sizes[-1] if ladder.sizes else None
        why = (f"it did not finish n={ladder.stopped_at} within {cap_s * 2:g} s" if ladder.failure
               else f"it needed more than {cap_s:g} s per call from n={ladder.stopped_at} on")
        text = (f"On {worst_shape} inputs {why}"
                + (f" (largest finished: n={reached})" if reached else "") + f": far over the budget {budget_n}.")
        return ComplexityPart(None, tb["accepted"], tb["optimal"], False, False, 0.9, text,
                              {**evidence, "shape": worst_shape, "exponent": None, "method": "stopped early"})
    within = rank(fit.cls) <= rank(tb["class"]["accepted"])
    optimal = rank(fit.cls) <= rank(tb["class"]["optimal"])
    sizes = ladder.sizes
    if fit.exponent is not None:
        growth = f"time grows x{2 ** fit.exponent:.1f} when n doubles ({fit.method}, {worst_shape} inputs up to n={sizes[-1]})"
        growth += f", {fit.note}" if fit.note else ""
    else:
        growth = f"time explodes on {worst_shape} inputs (n up to {sizes[-1]})"
    stop = ""
    if ladder.stopped_at is not None and not within:
        stop = (f" The ladder stopped at n={ladder.stopped_at}"
                + (f" ({ladder.failure})." if ladder.failure else f", projected past {cap_s:g} s per call."))
    text = f"{growth}: {fit.cls}, {'within' if within else 'over'} the budget {budget_n}.{stop}"
    return ComplexityPart(fit.cls, tb["accepted"], tb["optimal"], within, optimal, fit.confidence, text,
                          {**evidence, "shape": worst_shape,
                           "exponent": None if fit.exponent is None else round(fit.exponent, 3), "method": fit.method,
                           **({"raised_by": fit.note} if fit.note else {})})


def _space_part(problem: Problem, results: dict[str, tuple[Ladder, Fit | None]],
                spaces: dict[str, tuple[str, float, float]]) -> ComplexityPart:
    """Space per shape against that shape's budget (a package may give a shape its own, e.g. a fixed window)."""
    sb = problem.budget("space")
    overrides = sb.get("shapes", {})
    per_shape, worst = {}, None
    for shape, (ladder, _) in results.items():
        sizes, extra = ladder.sizes, _extra(ladder)
        cls, e, conf = spaces[shape]
        budget = overrides.get(shape, sb["class"])
        over = rank(cls) - rank(budget["accepted"])
        per_shape[shape] = {"n": sizes, "extra_kib": [round(b / 1024) for b in extra], "class": cls,
                            "exponent": round(e, 3), "budget_class": budget["accepted"]}
        key = (over, rank(cls))
        if worst is None or key > worst[0]:
            worst = (key, shape, cls, conf, budget, max(extra, default=0.0))
    (over, _), shape, cls, conf, budget, peak = worst
    within = over <= 0
    optimal = all(rank(v["class"]) <= rank(overrides.get(s, sb["class"])["optimal"]) for s, v in per_shape.items())
    text = (f"peak extra memory on {shape} inputs reached {peak / 2**20:.1f} MiB and grows like {cls}: "
            f"{'within' if within else 'over'} the budget {sb['accepted']}"
            + (f" ({budget['accepted']} on these inputs)" if shape in overrides else "") + ".")
    return ComplexityPart(cls, sb["accepted"], sb["optimal"], within, optimal, conf, text, {"series": per_shape})

