"""Lists of n values; "worst" uses k = n (one group as long as the list), "random" a small random k."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    values = [rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)]
    if shape == "worst":
        # One k-group spanning the whole list: front-inserting into a group is quadratic.
        return [values, max(1, n)]
    # Small groups and a short tail: re-slicing the whole list once per group is quadratic.
    return [values, rng.randint(2, 4)]


def measure(values: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(values)": len(values), "k": k, "values[i]": values}
