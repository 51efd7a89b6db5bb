"""The complexity classes the judge names, their order, and their growth exponents."""
from __future__ import annotations

CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"]
POWER = {"O(1)": 0, "O(log n)": 0, "O(n)": 1, "O(n log n)": 1, "O(n^2)": 2, "O(n^3)": 3, "O(2^n)": 9}
BY_POWER = {0: "O(1)", 1: "O(n)", 2: "O(n^2)", 3: "O(n^3)", 9: "O(2^n)"}
# Exponent boundaries between the polynomial classes; beyond the last one is exponential.
BOUNDARIES = ((0, 0.5), (1, 1.5), (2, 2.5), (3, 3.6))


def rank(cls: str) -> int:
    return CLASSES.index(cls)


def power_of(exponent: float) -> int:
    for p, upper in BOUNDARIES:
        if exponent < upper:
            return p
    return 9


def margin(exponent: float) -> float:
    """Distance from the exponent to the nearest class boundary (0 = a coin flip)."""
    return min(abs(exponent - b) for _, b in BOUNDARIES)
