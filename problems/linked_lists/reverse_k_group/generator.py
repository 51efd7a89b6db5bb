"""Lists of n values; "worst" uses k = n (one group as long as the list), "random" k = 3."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    values = [rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)]
    if shape == "worst":
        # One k-group spanning the whole list: front-inserting into a group is quadratic.
        return [values, max(1, n)]
    # Small groups and a short tail: re-slicing the whole list once per group is quadratic.
    # k is the same at every size, so that time scales with n alone (a k drawn per size
    # moved n^2 / k between 2 and 4 along the ladder and blurred the quadratic fit).
    return [values, 3]


def measure(values: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(values)": len(values), "k": k, "values[i]": values}
