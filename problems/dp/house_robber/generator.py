"""House-robber inputs: n houses."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Alternating heavy/light houses with noise: the optimum keeps switching
        # between parities, so no shortcut (like summing every other house) works.
        nums = [rng.randint(5000, 10 ** 4) if i % 2 == 0 else rng.randint(0, 5000) for i in range(n)]
    else:
        nums = [rng.randint(0, 10 ** 4) for _ in range(n)]
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
