"""Histograms with heights in [0, 10^4]: "worst" rises steadily (the stack grows to n), "random" is uniform."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Non-decreasing: every bar's rectangle reaches the right end, expanding around bars is quadratic.
        return [[1 + (9999 * i) // max(n, 1) for i in range(n)]]
    return [[rng.randint(0, 10 ** 4) for _ in range(n)]]


def measure(heights: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(heights)": len(heights), "heights[i]": heights}
