"""Piles whose answer grows with n: values in [5n, 10n] and h = 2n hours, so the answer is about 3.5n."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        piles = [rng.randint(5 * n, 10 * n) for _ in range(n)]
        h = 2 * n
    else:
        piles = [rng.randint(1, 10 * n) for _ in range(n)]
        h = rng.randint(n, 3 * n)
    return [piles, h]


def measure(piles: list, h: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(piles)": len(piles), "h": h, "piles[i]": piles}
