"""Top-k-frequent inputs with about 3n/4 distinct values and k about n/4, unique answer."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # k values twice, the rest once: the most distinct values and the largest k
        # for which the answer is still unique.
        k = max(1, n // 4)
        values = rng.sample(range(-10**9, 10**9), n - k)
        nums = values[:k] * 2 + values[k:]
    else:
        counts, total = [], 0
        while total < n:
            counts.append(min(rng.choice((1, 1, 1, 2, 2, 3, 4, 5)), n - total))
            total += counts[-1]
        counts.sort(reverse=True)
        u = len(counts)
        # k must sit on a strict drop in the sorted counts; take the drop closest to u / 3.
        cuts = [i for i in range(1, u) if counts[i - 1] > counts[i]] or [u]
        k = min(cuts, key=lambda i: abs(i - u / 3))
        values = rng.sample(range(-10**9, 10**9), u)
        nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return [nums, k]


def measure(nums: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums, "k": k}
