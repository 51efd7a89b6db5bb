"""Temperatures in [30, 100]: "worst" never rises (every forward scan runs to the end), "random" is uniform."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Non-increasing from 100 down to 30 in equal-length plateaus: no day ever has a warmer one.
        return [[100 - (70 * i) // max(n, 1) for i in range(n)]]
    return [[rng.randint(30, 100) for _ in range(n)]]


def measure(temperatures: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(temperatures)": len(temperatures), "temperatures[i]": temperatures}
