"""3Sum inputs of n numbers with few triplets, so the search dominates, not the output."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Distinct values that are all 1 mod 4, negative and positive alike: three of
        # them sum to 3 mod 4, never 0, so no pointer walk ends early and nothing is found.
        nums = [4 * k + 1 for k in rng.sample(range(-n, n), n)]
    else:
        nums = [rng.randint(-10 ** 5, 10 ** 5) for _ in range(n)]
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
