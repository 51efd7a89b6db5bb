"""reservoir_sample inputs with N = n values in all. "worst": one stream of n
distinct values with k = n // 4 (a sampler whose work per chosen value grows
with k is quadratic); "random": n // 10 streams of 10 distinct values each,
k = 3 (thousands of short streams, so the checker's uniformity test runs on
the ladder's results too)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    seed = rng.randrange(2**32)
    if shape == "worst":
        return [[rng.sample(range(10**9), n)], max(1, n // 4), seed]
    return [[rng.sample(range(10**6), 10) for _ in range(max(1, n // 10))], 3, seed]


def measure(streams: list, k: int, seed: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(streams)": len(streams), "N": sum(len(s) for s in streams), "k": k, "seed": seed}
