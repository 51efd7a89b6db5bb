"""Sorted distinct lists; the worst shape asks for a target past every element (a scan reads all n)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Even values; the target is an odd value just before the end or past it, so a scan reads everything.
        start = 2 * rng.randrange(-5 * 10 ** 8, -5 * 10 ** 8 + 1000)
        nums = list(range(start, start + 2 * n, 2))
        target = nums[-1] + 1 if rng.random() < 0.5 else nums[-1] - 1
    else:
        nums = sorted(rng.sample(range(-10 ** 9, 10 ** 9), n))
        # A target in the last tenth of the range: a scan from the left still reads ~0.9 n items.
        lo = nums[(9 * n) // 10]
        target = rng.randint(lo, nums[-1])
    return [nums, target]


def measure(nums: list, target: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums, "target": target}
