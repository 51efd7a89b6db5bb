"""Strings of n characters on which expanding around centers is quadratic; "worst" is one repeated character."""
import random

SHAPES = ("worst", "periodic")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Every substring is a palindrome: every center expands to an end of the string.
        return [rng.choice("az😀") * n]
    # Two alternating characters: every odd-length substring is a palindrome.
    a, b = rng.sample("abcdé日", 2)
    return [(a + b) * (n // 2) + a * (n % 2)]


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s)}
