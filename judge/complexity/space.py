"""Extra-space class from the call's peak resident memory above the runner's at fork time.

Containers grow in steps (dict and list resizes), so neighbouring sizes
overreact: O(1) when the peak stays under the floor, O(n^2) only when the peak
is physically quadratic (>= 4 bytes * n^2), else the endpoint slope over the
sizes above the floor decides between O(1) and O(n).
"""
from __future__ import annotations

import math

SPACE_FLOOR_B = 256 * 1024


def space_class(sizes: list[int], extra_b: list[float]) -> tuple[str, float, float]:
    """(class, exponent estimate, confidence) for one shape."""
    pts = [(n, b) for n, b in zip(sizes, extra_b) if b >= SPACE_FLOOR_B]
    if not pts:
        return "O(1)", 0.0, 0.9
    n_max, b_max = pts[-1]
    if b_max >= 4 * n_max * n_max:
        return "O(n^2)", 2.0, 0.8
    if len(pts) >= 2 and n_max >= 2 * pts[0][0]:
        e = math.log(b_max / max(pts[0][1], 1.0)) / math.log(n_max / pts[0][0])
    else:
        e = 0.6 if len(sizes) >= 3 else 0.0
    cls = "O(n)" if e >= 0.5 else "O(1)"
    confidence = max(0.05, min(1.0, 1.0 - abs(e - (1 if cls == "O(n)" else 0))))
    return cls, e, round(confidence, 2)
