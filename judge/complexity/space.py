"""Extra-space class from the call's peak resident memory above the runner's at fork time.

Containers grow in steps (dict and list resizes), so neighbouring sizes
overreact: O(1) when the peak stays under the floor, O(n^2) only when the peak
is physically quadratic (>= 4 bytes * n^2), else the endpoint slope over the
sizes above the floor decides between O(1) and O(n).

A peak is O(n^3) when it is physically cubic (>= 4 bytes * n^3), or when it is
quadratic, the code copies slices in a loop (what each state would keep), and a
cubic term can be read off it: unlike time, resident memory is nearly
deterministic, so a two-term fit (a*n^2 + b*n^3) through neighbouring sizes
separates the terms. It must give the cubic term a growing share, at least
CUBIC_SHARE at the top size: memoising on suffix strings shows this at n = 256,
long before its time does. The code signal is required because a quadratic
memo's cost per state can step up once (tuple keys stop using cached small
ints past 256) and mimic the start of a cubic term.
"""
from __future__ import annotations

import math

SPACE_FLOOR_B = 256 * 1024
CUBIC_SHARE = 0.3


def higher_term_share(n1: float, b1: float, n2: float, b2: float, p: int) -> float:
    """Through (n1, b1) and (n2, b2) fit b = A*n^p + B*n^(p+1); B's share of b2 (0 when b grows no faster than n^p)."""
    k, r = n2 / n1, b2 / b1
    share = k ** (p + 1) * (r - k ** p) / ((k ** (p + 1) - k ** p) * r)
    return max(0.0, min(1.0, share))


def space_class(sizes: list[int], extra_b: list[float], copies: bool = False) -> tuple[str, float, float]:
    """(class, exponent estimate, confidence) for one shape; `copies`: the code slices in a loop."""
    pts = [(n, b) for n, b in zip(sizes, extra_b) if b >= SPACE_FLOOR_B]
    if not pts:
        return "O(1)", 0.0, 0.9
    n_max, b_max = pts[-1]
    if b_max >= 4 * n_max ** 3:
        return "O(n^3)", 3.0, 0.8
    if b_max >= 4 * n_max * n_max:
        if copies and len(pts) >= 3:
            (n1, b1), (n2, b2), (n3, b3) = pts[-3:]
            before, top = higher_term_share(n1, b1, n2, b2, 2), higher_term_share(n2, b2, n3, b3, 2)
            if top >= CUBIC_SHARE and top > before > 0:
                return "O(n^3)", math.log(b3 / b2) / math.log(n3 / n2), round(min(0.8, 0.3 + top), 2)
        return "O(n^2)", 2.0, 0.8
    if len(pts) >= 2 and n_max >= 2 * pts[0][0]:
        e = math.log(b_max / max(pts[0][1], 1.0)) / math.log(n_max / pts[0][0])
    else:
        # One size above the floor: growth only if it is the ladder's top and well clear of the floor.
        # In the Docker image a call's peak moves by up to ~256 KiB between runs of the same input
        # (measured: 40-256 KiB on a fixed-window stream, and once 300 KiB at its top size).
        e = 0.6 if len(sizes) >= 3 and n_max == max(sizes) and b_max >= 2 * SPACE_FLOOR_B else 0.0
    cls = "O(n)" if e >= 0.5 else "O(1)"
    confidence = max(0.05, min(1.0, 1.0 - abs(e - (1 if cls == "O(n)" else 0))))
    return cls, e, round(confidence, 2)
