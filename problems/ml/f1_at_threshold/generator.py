"""Scores and labels of n rows; "worst" predicts every row positive and half the labels are positive."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Every row is predicted positive and half are positives: the most rows on every path.
        scores = [0.5 + rng.random() / 2 for _ in range(n)]
        labels = [i % 2 for i in range(n)]
        return [scores, labels, 0.5]
    scores = [rng.gauss(0.0, 2.0) for _ in range(n)]
    labels = [int(s + rng.gauss(0.0, 1.5) > 0) for s in scores]
    return [scores, labels, round(rng.uniform(-1.0, 1.0), 2)]


def measure(scores: list, labels: list, threshold: float) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(scores)": len(scores), "len(labels)": len(labels), "labels[i]": labels}
