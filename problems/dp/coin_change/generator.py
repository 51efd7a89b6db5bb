"""Coin-change inputs: round(sqrt(n)) coins and an amount of about n * len(coins),
both capped at the statement's bounds (50 coins, amount 10^4; the caps only bind above the ladder)."""
import math
import random

SHAPES = ("worst", "random")
MAX_COINS, MAX_AMOUNT = 50, 10 ** 4  # the statement's bounds on len(coins) and amount


def generate(n: int, shape: str, rng: random.Random) -> list:
    k = min(MAX_COINS, max(1, round(math.sqrt(n))))
    if shape == "worst":
        # Small even coins and an odd amount: unreachable, so nothing stops early,
        # and small values maximise the work of count-per-coin loops.
        coins = [2 * i for i in range(1, k + 1)]
        rng.shuffle(coins)
        amount = min(n * k | 1, MAX_AMOUNT - 1)  # stays odd: 10^4 - 1
    else:
        coins = rng.sample(range(1, 10 * k + 1), k)
        amount = min(n * k + rng.randrange(k), MAX_AMOUNT)
    return [coins, amount]


def measure(coins: list, amount: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(coins)": len(coins), "coins[i]": coins, "amount": amount}
