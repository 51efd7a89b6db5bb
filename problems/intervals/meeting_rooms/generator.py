"""Meetings in [0, 10^6): "worst" overlaps heavily (hundreds of rooms, a big heap), "random" is sparse and short."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    out = []
    for _ in range(n):
        if shape == "worst":
            s = rng.randrange(0, 10 * n)
            out.append([s, s + rng.randint(n // 2, 2 * n)])
        else:
            s = rng.randrange(0, 20 * n)
            out.append([s, s + rng.randint(1, 40)])
    return [out]


def measure(intervals: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(intervals)": len(intervals), "start": [iv[0] for iv in intervals], "end": [iv[1] for iv in intervals]}
