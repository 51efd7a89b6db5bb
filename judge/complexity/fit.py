"""Fitting a class to measurements: robust slopes in log-log space, relative to the reference.

Theil–Sen (the median of pairwise slopes) instead of least squares: one size
hit by a burst of load moves a least-squares fit, it barely moves a median.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

from practice.judge.complexity.classes import BY_POWER, POWER, margin, power_of

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


def theil_sen(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-12)) for y in ys]
    slopes = [(ly[j] - ly[i]) / (lx[j] - lx[i]) for i in range(len(lx)) for j in range(i + 1, len(lx)) if lx[j] != lx[i]]
    return median(slopes) if slopes else 0.0


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
    rel = [(n, tc / tr) for n, tc, tr in zip(sizes, cand_ns, ref_ns) if tc >= TIME_FLOOR_NS and tr >= REF_FLOOR_NS][-TOP_POINTS:]
    big = big[-TOP_POINTS:]
    if len(rel) >= 3:
        e = POWER[ref_class] + theil_sen([n for n, _ in rel], [r for _, r in rel])
        method = "relative to the reference"
    elif len(big) >= 2:
        e = theil_sen([n for n, _ in big], [t for _, t in big])
        method = "from measured times"
    else:
        e = 0.0
        method = "time stays below the noise floor at every size"
    p = power_of(e)
    cls = ref_class if p == POWER[ref_class] else BY_POWER[p]
    confidence = max(0.05, min(1.0, 2 * margin(e))) if p != 9 else 0.8
    return Fit(cls, e, round(confidence, 2), method)
