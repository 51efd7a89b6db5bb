"""Worst: one long run of consecutive values, shuffled. Random: distinct values spread over [-2n, 2n] (many short runs)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        start = rng.randrange(-10 ** 9, 10 ** 9 - n)
        nums = list(range(start, start + n))
    else:
        nums = rng.sample(range(-2 * n, 2 * n), n)
    rng.shuffle(nums)
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
