"""LIS inputs. "worst" is strictly increasing with random steps (LIS = n): the
answer is as long as possible, which is what makes length-by-length and
candidate-extension solutions slow; "random" is uniform values in range."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        nums = sorted(rng.sample(range(-10_000, 10_001), n))
    else:
        nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
