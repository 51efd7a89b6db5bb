"""Square n x n grids (R = C = n) with the start and the goal free."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    # worst: almost open (2% obstacles), so the count is astronomically large and
    # enumerating paths is hopeless; random: 20% obstacles, often still reachable.
    density = 0.02 if shape == "worst" else 0.2
    grid = [[1 if rng.random() < density else 0 for _ in range(n)] for _ in range(n)]
    grid[0][0] = grid[-1][-1] = 0
    return [grid]


def measure(grid: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"R": len(grid), "C": len(grid[0]) if grid else 0,
            "grid[i][j]": (cell for row in grid for cell in row)}
