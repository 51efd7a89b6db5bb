"""Fitting a class to measurements: robust slopes in log-log space, relative to the reference.

Theil–Sen (the median of pairwise slopes) instead of least squares: one size
hit by a burst of load moves a least-squares fit, it barely moves a median.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

from practice.judge.complexity.classes import BY_POWER, POWER, margin, power_of, rank

TIME_FLOOR_NS = 300_000  # below this, timer and cache jitter is a large share of a reading
REF_FLOOR_NS = 500_000  # the reference must be this slow for the relative method
TOP_POINTS = 5  # robust to one disturbed size (4 of 10 pairwise slopes), still weighted to the top
EXPLODE = 4.5  # a last step steeper than n^4.5 is exponential


@dataclass
class Fit:
    cls: str
    exponent: float | None
    confidence: float
    method: str
    note: str = ""  # a second signal that overrode the timed class, said after the growth


def theil_sen(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-12)) for y in ys]
    slopes = [(ly[j] - ly[i]) / (lx[j] - lx[i]) for i in range(len(lx)) for j in range(i + 1, len(lx)) if lx[j] != lx[i]]
    return median(slopes) if slopes else 0.0


def relative_points(sizes: list[int], cand_ns: list[float], ref_ns: list[float]) -> list[tuple[int, float]]:
    """(n, candidate / reference) at the sizes where both times are above their noise floors."""
    return [(n, tc / tr) for n, tc, tr in zip(sizes, cand_ns, ref_ns) if tc >= TIME_FLOOR_NS and tr >= REF_FLOOR_NS]


def classify(sizes: list[int], cand_ns: list[float], ref_ns: list[float], ref_class: str) -> Fit | None:
    """The candidate's time class on one shape, or None when fewer than two sizes finished."""
    if len(sizes) < 2:
        return None
    big = [(n, t) for n, t in zip(sizes, cand_ns) if t >= TIME_FLOOR_NS]
    if len(big) >= 3:
        (n1, t1), (n2, t2), (n3, t3) = big[-3:]
        last = math.log(t3 / t2) / math.log(n3 / n2)
        before = math.log(t2 / t1) / math.log(n2 / n1)
        if last > EXPLODE and last >= before:
            return Fit("O(2^n)", None, 0.9, "time explodes between the last sizes")
    elif len(big) == 2:
        (n1, t1), (n2, t2) = big
        if math.log(t2 / t1) / math.log(n2 / n1) > EXPLODE + 1:
            return Fit("O(2^n)", None, 0.7, "time explodes between the last sizes")
    # The asymptotic end decides: a quadratic term with a tiny constant (memmove in list.insert,
    # bisect.insort) only shows at the largest sizes, so fit the top TOP_POINTS sizes.
    rel = relative_points(sizes, cand_ns, ref_ns)[-TOP_POINTS:]
    big = big[-TOP_POINTS:]
    if len(rel) >= 3:
        e = POWER[ref_class] + theil_sen([n for n, _ in rel], [r for _, r in rel])
        method = "relative to the reference"
    elif len(big) >= 2:
        e = theil_sen([n for n, _ in big], [t for _, t in big])
        method = "from measured times"
    else:
        e = 0.0
        method = ("time stays below the noise floor at every size" if not big
                  else f"time stays below the noise floor at every size but n={big[-1][0]}")
    p = power_of(e)
    cls = ref_class if p == POWER[ref_class] else BY_POWER[p]
    confidence = max(0.05, min(1.0, 2 * margin(e))) if p != 9 else 0.8
    return Fit(cls, e, round(confidence, 2), method)


def refine_log(fit: Fit, causes: list) -> Fit:
    """Choose the log factor timing cannot see, from what the code shows (see `structure`).

    Power 1: O(n log n) when the code sorts, uses a heap, bisects or halves, else O(n).
    Power 0: O(log n) when it bisects or halves, else O(1). Other powers are left alone.
    """
    if fit.exponent is None or fit.cls not in ("O(1)", "O(log n)", "O(n)", "O(n log n)"):
        return fit
    if fit.cls in ("O(n)", "O(n log n)"):
        found = [c for c in causes if c.kind not in ("probe", "copy")]
        found = list({str(c): c for c in found}.values())  # one construct may be two kinds (insort)
        cls = "O(n log n)" if found else "O(n)"
        why = (f"linear power, and the code has a log-factor step: {', '.join(map(str, found[:2]))}" if found
               else "linear power, and the code has no sort, heap, bisection or halving step")
    else:
        found = [c for c in causes if c.kind in ("bisect", "halving", "probe")]
        cls = "O(log n)" if found else "O(1)"
        why = (f"flat power, and the code bisects or halves: {', '.join(map(str, found[:2]))}" if found
               else "flat power, and the code has no bisection or halving step")
    # The log factor is read from the code, not measured: never claim more than moderate confidence for it.
    return Fit(cls, fit.exponent, min(fit.confidence, 0.7), f"{fit.method}; {why}")


ACCELERATION = 0.3  # slope of candidate / reference over the top three sizes that confirms a hidden quadratic


def refine_shift(fit: Fit, sizes: list[int], cand_ns: list[float], ref_ns: list[float], causes: list,
                 ladder_top: int | None = None) -> Fit:
    """Power 1 that is really power 2: a list shifted inside a loop (memmove per call) whose cost,
    relative to the reference, accelerates over three consecutive top sizes. Both signals are required:
    the code alone does not say how long the list gets, the timing alone is within noise.

    The three sizes end at the ladder's top, or at the package's own top size (`ladder_top`) when the
    ladder was extended past it: the extension exists to let a small-constant term show, and must not
    hide one the stated ladder showed (there the reference's cache misses can grow as fast as the shift)."""
    shifts = [c for c in causes if c.kind == "shift"]
    if fit.exponent is None or fit.cls not in ("O(n)", "O(n log n)") or not shifts:
        return fit
    rel = relative_points(sizes, cand_ns, ref_ns)
    ends = [i for i in range(2, len(rel)) if i == len(rel) - 1 or (ladder_top is not None and rel[i][0] == ladder_top)]
    if not ends:
        return fit
    slope = max(math.log(rel[i][1] / rel[i - 2][1]) / math.log(rel[i][0] / rel[i - 2][0]) for i in ends)
    if slope < ACCELERATION:
        return fit
    return Fit("O(n^2)", fit.exponent, min(fit.confidence, 0.6),
               f"{fit.method}; the code shifts a list inside a loop ({shifts[0]}) and its time relative to the "
               f"reference grows x{2 ** slope:.1f} per doubling at the top sizes: quadratic with a small constant")

def floor_by_space(fit: Fit | None, space_cls: str, space_exponent: float, space_confidence: float) -> Fit | None:
    """Time is at least space: the call wrote every byte of its peak resident memory, so a space class
    above the time class raises the time class to it. It never lowers one, so it cannot make code look
    fast. It matters where time hides a term that memory shows, e.g. memoising on suffix strings:
    the O(n) copy per state is a few percent of the time at the sizes a ladder reaches, but half the memory."""
    if fit is None or fit.cls == "O(2^n)" or rank(space_cls) <= rank(fit.cls):
        return fit
    return Fit(space_cls, fit.exponent, min(fit.confidence, space_confidence), fit.method,
               f"but its peak memory grows like {space_cls} (x{2 ** space_exponent:.1f} per doubling) and "
               f"filling memory takes time, so time is at least {space_cls}")
