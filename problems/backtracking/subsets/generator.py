"""n distinct integers in [-100, 100]. The values do not change the work (every subset
is built whatever they are), so one shape is enough."""
import random

SHAPES = ("worst",)


def generate(n: int, shape: str, rng: random.Random) -> list:
    return [sorted(rng.sample(range(-100, 101), n))]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
