"""topk_stream inputs of n integers. "worst": ascending values with k = n // 4,
so every value enters the top k (heap churn on every step, and an O(k) scan
per value is quadratic); "random": random values, k = n // 4; "fixed_k":
random values with k = 10, so O(k) extra space is O(1) in n while
materialising the stream is O(n)."""
import random

SHAPES = ("worst", "random", "fixed_k")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        start = rng.randint(-10**9, -10**9 + 1000)
        values = [start + 3 * i + rng.randint(0, 2) for i in range(n)]
        return [values, max(1, n // 4)]
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    return [values, 10 if shape == "fixed_k" else max(1, n // 4)]


def measure(stream: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": len(stream), "x": stream, "k": k}
