"""Product-except-self inputs of mostly +-1 so every prefix/suffix product stays within 32 bits."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    nums = [rng.choice((-1, 1)) for _ in range(n)]
    # A few larger factors, their product |.| <= 2^30: 2, 3 and 5 spread over the list.
    factors = [2] * 10 + [3] * 6 + [5] * 3 + [-2, -3]
    for f in factors[: max(1, n // 8)]:
        nums[rng.randrange(n)] = f
    if shape == "random" and n >= 4:
        # Typical inputs sometimes hold a zero; "worst" has none so no shortcut applies.
        if rng.random() < 0.5:
            nums[rng.randrange(n)] = 0
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
