"""Two-sum inputs whose only pair sits at the very end (the worst case for scans)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    nums = rng.sample(range(1, 4 * n), n) if shape == "random" else list(range(1, 2 * n, 2))
    # Distinct odd values (worst) never pair up; plant one pair we control.
    if shape == "worst":
        i, j = n - 2, n - 1
    else:
        i, j = sorted(rng.sample(range(n), 2))
    big = 10 * n
    nums[i], nums[j] = big, big + 1
    return [nums, 2 * big + 1]
