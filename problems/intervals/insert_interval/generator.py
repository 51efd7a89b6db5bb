"""n sorted disjoint intervals; "worst" inserts one that swallows the middle third, "random" a random short one."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    intervals, x = [], rng.randint(0, 3)
    for _ in range(n):
        length = rng.randint(0, 4)
        intervals.append([x, x + length])
        x += length + rng.randint(1, 6)
    if not intervals:
        return [intervals, [0, 0]]
    if shape == "worst":
        # Everything before it is copied (or popped off the front), a third is merged.
        return [intervals, [intervals[n // 3][0] + 0, intervals[(2 * n) // 3][1]]]
    s = rng.randint(0, x)
    return [intervals, [s, s + rng.randint(0, 40)]]


def measure(intervals: list, new_interval: list) -> dict:
    """The quantities problem.json's constraints bound."""
    every = intervals + [new_interval]
    return {"len(intervals)": len(intervals), "start": [iv[0] for iv in every], "end": [iv[1] for iv in every]}
