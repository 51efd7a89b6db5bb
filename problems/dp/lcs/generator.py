"""LCS inputs: two strings of n characters each (m * n = n^2)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Disjoint alphabets: the answer is 0, nothing matches, so every recursion branches
        # twice at every step and no prefix or suffix can be trimmed.
        text1 = "".join(rng.choice("abcdefghijklm") for _ in range(n))
        text2 = "".join(rng.choice("nopqrstuvwxyz") for _ in range(n))
    else:
        text1 = "".join(rng.choice("abcdefghij") for _ in range(n))
        text2 = "".join(rng.choice("abcdefghij") for _ in range(n))
    return [text1, text2]


def measure(text1: str, text2: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(text1)": len(text1), "len(text2)": len(text2)}
