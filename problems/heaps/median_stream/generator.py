"""Streams of n integers.

"worst": uniform in [-10^9, 10^9] (a sorted copy of the prefix costs
O(k log k) for every prefix length k). "random": a random walk with steps in
[-1000, 1000] (long rising and falling runs, many near-duplicates)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        return [[rng.randint(-10**9, 10**9) for _ in range(n)]]
    x, values = 0, []
    for _ in range(n):
        x = max(-10**9, min(10**9, x + rng.randint(-1000, 1000)))
        values.append(x)
    return [values]


def measure(stream: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": len(stream), "x": stream}
