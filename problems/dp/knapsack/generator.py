"""Knapsack inputs: n items and capacity = 2n."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    capacity = 2 * n
    if shape == "worst":
        # Light items (1..4): every item fits in almost every state, so the DP rows are
        # full length and trying subsets never runs out of room; together they still
        # weigh more than the capacity, so taking everything is not the answer.
        weights = [rng.randint(1, 4) for _ in range(n)]
    else:
        weights = [rng.randint(1, capacity // 2) for _ in range(n)]
    values = [rng.randint(0, 10 ** 4) for _ in range(n)]
    return [weights, values, capacity]


def measure(weights: list, values: list, capacity: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": len(weights), "len(values)": len(values), "weights[i]": weights, "values[i]": values,
            "capacity": capacity}
