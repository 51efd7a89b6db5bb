"""Two-sum inputs whose only pair sits at the very end (the worst case for scans)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    nums = rng.sample(range(1, 4 * n), n) if shape == "random" else list(range(1, 2 * n, 2))
    # Distinct odd values (worst) never pair up; plant one pair we control.
    if shape == "worst":
        i, j = n - 2, n - 1
    else:  # random values, but the pair at a fixed share of n, so time scales with n alone
        i, j = (3 * n) // 4 + rng.randrange(max(1, n // 100)), n - 1 - rng.randrange(max(1, n // 100))
    big = 10 * n
    nums[i], nums[j] = big, big + 1
    return [nums, 2 * big + 1]


def measure(nums: list, target: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums, "target": target}
