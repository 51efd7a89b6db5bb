"""Two sorted lists with N = m + n values in total.

Worst: equal halves with interleaved values (even / odd), so a merge must walk to the very middle.
Random: a random split of N between the lists and random values with repeats.
"""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        m = n // 2
        base = 2 * rng.randrange(-10 ** 8, 10 ** 8)
        a = list(range(base, base + 2 * m, 2))
        b = list(range(base + 1, base + 1 + 2 * (n - m), 2))
        return [a, b] if rng.random() < 0.5 else [b, a]
    m = rng.randint(n // 10, n - n // 10)
    a = sorted(rng.randint(-10 ** 9, 10 ** 9) for _ in range(m))
    b = sorted(rng.randint(-10 ** 9, 10 ** 9) for _ in range(n - m))
    return [a, b]


def measure(nums1: list, nums2: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"m": len(nums1), "n": len(nums2), "m + n": len(nums1) + len(nums2),
            "nums1[i]": nums1, "nums2[j]": nums2}
