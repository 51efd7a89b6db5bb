"""merge_shards inputs with N = n values in total; the number of shards k
grows with n. "worst": k = n // 8 shards of 8 values, interleaved (shard i
holds i, i + k, i + 2k, ... plus noise), so the smallest head moves to
another shard at every step; "random": k = n // 32 shards of random lengths
(some empty), random sorted values."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        k = max(1, n // 8)
        base = -10**9 + rng.randint(0, 1000)
        shards = [[base + 4 * (i + j * k) + rng.randint(0, 3) for j in range(8)] for i in range(k)]
        rng.shuffle(shards)
        return [shards]
    k = max(1, n // 32)
    cuts = sorted(rng.randint(0, n) for _ in range(k - 1))
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [n])]
    return [[sorted(rng.randint(-10**9, 10**9) for _ in range(size)) for size in sizes]]


def measure(shards: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"k": len(shards), "N": sum(len(s) for s in shards), "x": (x for s in shards for x in s)}
