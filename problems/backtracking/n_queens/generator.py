"""The board size itself: there is nothing else to vary."""
import random

SHAPES = ("worst",)


def generate(n: int, shape: str, rng: random.Random) -> list:
    return [n]


def measure(n: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": n}
