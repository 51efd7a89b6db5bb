"""Scores and labels of n rows; half the rows positive, scores distinct (worst) or with ties (random)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # P = N = n / 2 maximises the number of positive-negative pairs; overlapping score distributions.
        labels = [i % 2 for i in range(n)]
        scores = [rng.gauss(0.6 if y else 0.4, 0.2) for y in labels]
        return [scores, labels]
    labels = [int(rng.random() < 0.3) for _ in range(n)]
    scores = [round(rng.random() * 0.7 + 0.3 * y, 3) for y in labels]  # rounded: many ties
    return [scores, labels]


def measure(scores: list, labels: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(scores)": len(scores), "len(labels)": len(labels), "labels[i]": labels}
