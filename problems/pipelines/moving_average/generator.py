"""Moving-average inputs with window = n // 4, so re-summing each window is
quadratic in n. "worst": floats (the slowest values to re-sum); "random": a
mix of ints and floats; "fixed_window": window 16, so an O(window) solution
uses O(1) extra space in n while one that materialises the stream uses O(n)."""
import random

SHAPES = ("worst", "random", "fixed_window")


def generate(n: int, shape: str, rng: random.Random) -> list:
    window = 16 if shape == "fixed_window" else max(1, n // 4)
    if shape == "worst":
        values = [rng.uniform(-1000.0, 1000.0) for _ in range(n)]
    else:
        values = [rng.randint(-10**6, 10**6) if rng.random() < 0.5 else round(rng.uniform(-100.0, 100.0), 3)
                  for _ in range(n)]
    return [values, window]


def measure(stream: list, window: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": len(stream), "window": window, "x": stream}
