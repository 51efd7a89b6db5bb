"""Intervals in [0, 10^6]: "worst" is n disjoint intervals, shuffled (nothing merges); "random" overlaps in places."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Disjoint and shuffled: a pairwise merger compares every pair and never shortens its list.
        out = [[4 * i, 4 * i + 2] for i in range(n)]
        rng.shuffle(out)
        return [out]
    out = []
    for _ in range(n):
        s = rng.randint(0, 4 * n)
        out.append([s, s + rng.randint(0, 6)])
    return [out]


def measure(intervals: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(intervals)": len(intervals), "start": [iv[0] for iv in intervals], "end": [iv[1] for iv in intervals]}
