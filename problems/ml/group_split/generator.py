"""Group ids of n rows; "worst" has about n/2 distinct groups (every per-group rescan costs O(n))."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Groups of 1-3 rows, rows shuffled: many groups, each spread over the whole list.
        groups = []
        g = 0
        while len(groups) < n:
            groups += [g] * rng.randint(1, 3)
            g += 1
        groups = groups[:n]
        rng.shuffle(groups)
        return [groups, 0.5]
    # Heavy-tailed group sizes (a few big users, many small), rows of different groups interleaved.
    n_groups = max(1, n // 10)
    groups = [int(n_groups * rng.random() ** 3) for _ in range(n)]
    return [groups, 0.2]


def measure(groups: list, test_fraction: float) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(groups)": len(groups), "test_fraction": test_fraction}
