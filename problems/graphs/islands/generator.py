"""Near-square grids of about n cells; the worst shape is one island covering everything."""
import math
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    rows = max(1, math.isqrt(n))
    cols = max(1, n // rows)
    if shape == "worst":
        # All land: one island of R * C cells, so a flood fill visits every
        # cell, a visited list grows to n entries, and recursion goes n deep.
        grid = [["1"] * cols for _ in range(rows)]
    else:
        grid = [["1" if rng.random() < 0.5 else "0" for _ in range(cols)] for _ in range(rows)]
    return [grid]


def measure(grid: list) -> dict:
    """The quantities problem.json's constraints bound."""
    rows = len(grid)
    cols = len(grid[0]) if grid else 0
    return {"R": rows, "C": cols, "R * C": rows * cols}
