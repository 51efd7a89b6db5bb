"""Rotated sorted lists of distinct ints; the worst shape asks for an absent value (a scan must read everything)."""
import random
from itertools import accumulate

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Even values only, rotated near the middle; the odd target lies inside
        # the value range but is absent, so every scan reads all n items and the
        # binary search runs to full depth.
        base = list(range(0, 2 * n, 2))
        k = n // 2 + rng.randrange(max(1, n // 10))
        target = 2 * rng.randrange(n) + 1
    else:
        # Distinct and sorted by construction: a walk of random gaps that cannot pass 10^9
        # (three times faster than sampling and sorting 10^6 values).
        step, r = (2 * 10 ** 9 - n) // n + 1, rng.random
        base = list(accumulate((1 + int(r() * step) for _ in range(n - 1)), initial=-10 ** 9 + int(r() * step)))
        k = rng.randrange(n)
        target = rng.choice(base) if rng.random() < 0.5 else rng.randrange(-10 ** 9, 10 ** 9)
    k %= n
    return [base[k:] + base[:k], target]


def measure(nums: list, target: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums, "target": target}
