"""Grids with n = R * C cells, R = isqrt(n) rows and C = n // R columns.

"worst": a serpentine corridor of fresh oranges (full rows joined by one cell
at alternating ends of the rows between them) with a single rotten orange at
its start, so the last orange rots after about n / 2 minutes and rescanning the
grid every minute is quadratic. "random": 82% fresh, 6% rotten, 12% empty, with no fresh orange walled in alone."""
import math
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    rows = max(1, math.isqrt(n))
    cols = max(1, n // rows)
    if shape == "worst":
        grid = []
        for r in range(rows):
            if r % 2 == 0:
                grid.append([1] * cols)
            else:
                row = [0] * cols
                row[cols - 1 if r % 4 == 1 else 0] = 1
                grid.append(row)
        grid[0][0] = 2
        return [grid]
    grid = [[rng.choices((0, 1, 2), weights=(12, 82, 6))[0] for _ in range(cols)] for _ in range(rows)]
    for r in range(rows):  # a fresh orange walled in on all sides would make almost every grid -1
        for c in range(cols):
            if grid[r][c] == 1 and not any(0 <= r + dr < rows and 0 <= c + dc < cols and grid[r + dr][c + dc]
                                           for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                grid[r][c] = 0
    return [grid]


def measure(grid: list) -> dict:
    """The quantities problem.json's constraints bound."""
    rows = len(grid)
    cols = len(grid[0]) if grid else 0
    return {"R": rows, "C": cols, "R * C": rows * cols, "grid[r][c]": (x for row in grid for x in row)}
