"""k-closest inputs with k = n // 2, so an O(n * k) selection is quadratic.

"worst": points in decreasing order of distance, so every point displaces the
current farthest of a size-k heap. "random": coordinates uniform in [-10^4, 10^4]."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    k = max(1, n // 2)
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(n)]
    if shape == "worst":
        points.sort(key=lambda p: p[0] * p[0] + p[1] * p[1], reverse=True)
    return [points, k]


def measure(points: list, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(points)": len(points), "k": k, "x, y": (c for p in points for c in p)}
