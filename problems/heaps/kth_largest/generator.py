"""Kth-largest inputs with k = n // 2, so an O(n * k) selection is quadratic."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    k = max(1, n // 2)
    if shape == "worst":
        # Ascending values: every maximum sits at the far end (slow for repeated
        # max-and-remove) and every new value enters a size-k heap.
        nums = list(range(-n // 2, n - n // 2))
    else:
        nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    return [nums, k]


def measure(nums: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "k": k, "nums[i]": nums}
