"""Coin-change inputs: round(sqrt(n)) coins and an amount of about n * len(coins)."""
import math
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    k = max(1, round(math.sqrt(n)))
    if shape == "worst":
        # Small even coins and an odd amount: unreachable, so nothing stops early,
        # and small values maximise the work of count-per-coin loops.
        coins = [2 * i for i in range(1, k + 1)]
        rng.shuffle(coins)
        amount = n * k | 1
    else:
        coins = rng.sample(range(1, 10 * k + 1), k)
        amount = n * k + rng.randrange(k)
    return [coins, amount]
