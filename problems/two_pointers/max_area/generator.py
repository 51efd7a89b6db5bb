"""Line heights for the container problem; "worst" is a strictly rising then falling mountain,
so that pruning to left/right record lines still leaves about n/2 candidates on each side."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        half = n // 2
        up = sorted(rng.sample(range(1, 10**9), half))
        down = sorted(rng.sample(range(1, 10**9), n - half), reverse=True)
        return [up + down]
    return [[rng.randint(0, 10**4) for _ in range(n)]]


def measure(height: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(height)": len(height), "height[i]": height}
