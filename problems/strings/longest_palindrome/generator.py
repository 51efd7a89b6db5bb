"""Strings of n characters on which expanding around centers is quadratic; "worst" is one repeated character."""
import random

SHAPES = ("worst", "periodic")


def generate(n: int, shape: str, rng: random.Random) -> list:
    # The characters are the same at every size: a string's storage width (1, 2 or 4 bytes per
    # character) changes the cost per character, and must not change along the ladder.
    if shape == "worst":
        # Every substring is a palindrome: every center expands to an end of the string.
        return ["a" * n]
    # Two alternating characters, one of them wide: every odd-length substring is a palindrome.
    a, b = "日", "a"
    return [(a + b) * (n // 2) + a * (n % 2)]


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s)}
